package id.cerita.story;

import java.util.Map;

import id.cerita.common.StoryId;

/**
 * Facts about a story that other features hold (its photos), added to each revision so that a comparison covers
 * them too. Keys are those of {@link id.cerita.revision.RevisionFacts#KEYS}.
 */
public interface StoryFactsSource {

    Map<String, String> factsOf(StoryId storyId);
}

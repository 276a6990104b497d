package id.cerita.story;

import id.cerita.common.StoryId;

/** A new story was started. */
public record StoryDrafted(StoryId storyId, String author) implements StoryEvent {
}

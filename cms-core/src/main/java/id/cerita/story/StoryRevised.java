package id.cerita.story;

import id.cerita.common.StoryId;

/** A save made a new revision. */
public record StoryRevised(StoryId storyId, int revision, String editor) implements StoryEvent {
}

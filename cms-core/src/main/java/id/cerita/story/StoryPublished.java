package id.cerita.story;

import id.cerita.common.StoryId;

/** The story (or its correction) went public. */
public record StoryPublished(StoryId storyId, int revision, String by) implements StoryEvent {
}

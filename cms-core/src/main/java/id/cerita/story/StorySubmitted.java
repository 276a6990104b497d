package id.cerita.story;

import id.cerita.common.StoryId;

/** The writer asked for review. */
public record StorySubmitted(StoryId storyId, String by) implements StoryEvent {
}

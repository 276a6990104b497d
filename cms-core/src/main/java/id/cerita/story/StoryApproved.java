package id.cerita.story;

import id.cerita.common.StoryId;

/** A second person approved the story. */
public record StoryApproved(StoryId storyId, String by) implements StoryEvent {
}

package id.cerita.story;

import java.util.UUID;

/** A second person approved the story. */
public record StoryApproved(UUID storyId, String by) implements StoryEvent {
}

package id.cerita.story;

import java.util.UUID;

/** The writer asked for review. */
public record StorySubmitted(UUID storyId, String by) implements StoryEvent {
}

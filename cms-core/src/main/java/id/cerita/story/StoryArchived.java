package id.cerita.story;

import java.util.UUID;

/** The story was put away for good. */
public record StoryArchived(UUID storyId, String by) implements StoryEvent {
}

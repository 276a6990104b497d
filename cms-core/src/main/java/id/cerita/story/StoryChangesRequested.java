package id.cerita.story;

import java.util.UUID;

/** A reviewer sent the story back. */
public record StoryChangesRequested(UUID storyId, String by, String reason) implements StoryEvent {
}

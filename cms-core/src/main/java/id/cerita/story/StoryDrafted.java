package id.cerita.story;

import java.util.UUID;

/** A new story was started. */
public record StoryDrafted(UUID storyId, String author) implements StoryEvent {
}

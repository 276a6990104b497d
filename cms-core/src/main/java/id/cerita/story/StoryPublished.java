package id.cerita.story;

import java.util.UUID;

/** The story (or its correction) went public. */
public record StoryPublished(UUID storyId, int revision, String by) implements StoryEvent {
}

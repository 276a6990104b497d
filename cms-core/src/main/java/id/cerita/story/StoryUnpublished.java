package id.cerita.story;

import java.util.UUID;

/** The story left the public site, search and press room. */
public record StoryUnpublished(UUID storyId, String by, String reason) implements StoryEvent {
}

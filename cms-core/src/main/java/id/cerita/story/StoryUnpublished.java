package id.cerita.story;

import id.cerita.common.StoryId;

/** The story left the public site, search and press room. */
public record StoryUnpublished(StoryId storyId, String by, String reason) implements StoryEvent {
}

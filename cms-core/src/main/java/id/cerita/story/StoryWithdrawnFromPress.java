package id.cerita.story;

import id.cerita.common.StoryId;

/**
 * The story stays on the public site but its person's consent no longer covers the press: journalists' search and
 * press kits must drop it (StoryReader.published(id, PRESS) already refuses it).
 */
public record StoryWithdrawnFromPress(StoryId storyId, String by, String reason) implements StoryEvent {
}

package id.cerita.story;

import id.cerita.common.StoryId;

/** A reviewer sent the story back. */
public record StoryChangesRequested(StoryId storyId, String by, String reason) implements StoryEvent {
}

package id.cerita.story;

import id.cerita.common.StoryId;

/** The story was put away for good. */
public record StoryArchived(StoryId storyId, String by) implements StoryEvent {
}

package id.cerita.story;

import id.cerita.common.StoryId;

/** A publication schedule was cancelled: by an editor, by an edit, or because consent no longer covers the story. */
public record StoryUnscheduled(StoryId storyId, String by, String reason) implements StoryEvent {
}

package id.cerita.story;

import java.util.UUID;

/** A publication schedule was cancelled: by an editor, by an edit, or because consent no longer covers the story. */
public record StoryUnscheduled(UUID storyId, String by, String reason) implements StoryEvent {
}

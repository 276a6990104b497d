package id.cerita.story;

import java.util.UUID;

/** A save made a new revision. */
public record StoryRevised(UUID storyId, int revision, String editor) implements StoryEvent {
}

package id.cerita.media;

import java.util.UUID;

/** A story's lead image or gallery changed. */
public record StoryImagesChanged(UUID storyId, String by) {
}

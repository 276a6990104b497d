package id.cerita.media;

import id.cerita.common.StoryId;

/** A story's lead image or gallery changed. */
public record StoryImagesChanged(StoryId storyId, String by) {
}

package id.cerita.media;

import id.cerita.common.StoryId;
import java.util.UUID;

/** Where an image is used: a story, as its lead image or in its gallery. */
public record MediaUsage(UUID mediaId, StoryId storyId, String storyTitle, String storySlug, Role role) {

    public enum Role { LEAD, GALLERY }
}

package id.cerita.media;

import java.util.UUID;

/** Where an image is used: a story, as its lead image or in its gallery. */
public record MediaUsage(UUID mediaId, UUID storyId, String storyTitle, String storySlug, Role role) {

    public enum Role { LEAD, GALLERY }
}

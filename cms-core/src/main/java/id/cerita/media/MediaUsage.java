package id.cerita.media;


import id.cerita.common.MediaId;
import id.cerita.common.StoryId;

/** Where an image is used: a story, as its lead image or in its gallery. */
public record MediaUsage(MediaId mediaId, StoryId storyId, String storyTitle, String storySlug, Role role) {

    public enum Role { LEAD, GALLERY }
}

package id.cerita.site;

import java.util.List;

import id.cerita.story.StoryDetails;

/**
 * Where the site finds the pictures of a story and their derivatives. The media feature provides one; without it
 * stories are exported without pictures.
 */
@FunctionalInterface
public interface SiteImages {

    SiteImages NONE = story -> List.of();

    /** The pictures of a story, in page order; must be deterministic for the same story revision. */
    List<SiteImage> imagesOf(StoryDetails story);
}

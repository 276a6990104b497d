package id.cerita.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.cerita.common.StoryId;
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

    /** The pictures of many stories, by story id; a source that can read them in bulk does so here. */
    default Map<StoryId, List<SiteImage>> imagesOf(List<StoryDetails> stories) {
        Map<StoryId, List<SiteImage>> images = new HashMap<>();
        stories.forEach(story -> images.put(story.id(), imagesOf(story)));
        return images;
    }
}

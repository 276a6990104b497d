package id.cerita.media.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.cerita.common.MediaId;
import id.cerita.common.StoryId;
import id.cerita.media.MediaLibrary;
import id.cerita.media.StoryImageLinks;
import id.cerita.media.StoryImages;
import id.cerita.story.StoryEditorPanel;

/** The story's lead image and gallery on its editor page: thumbnails linking to the media library. */
@Component
class StoryPhotosPanel implements StoryEditorPanel {

    private final StoryImageLinks links;
    private final MediaLibrary library;

    StoryPhotosPanel(StoryImageLinks links, MediaLibrary library) {
        this.links = links;
        this.library = library;
    }

    @Override
    public Map<String, Object> attributesFor(StoryId storyId) {
        StoryImages images = links.of(storyId);
        List<StoryPhoto> photos = images.allMediaIds().stream().map(library::find).flatMap(Optional::stream)
            .map(asset -> new StoryPhoto(asset.id(), asset.version(), asset.altText(), asset.caption(), asset.credit(),
                    images.leadMediaId().filter(asset.id()::equals).isPresent() ? "LEAD" : "GALLERY",
                    (int) Math.round(asset.focalPoint().x() * 100), (int) Math.round(asset.focalPoint().y() * 100)))
            .toList();
        return Map.of("photos", photos);
    }

    /**
     * One photo: the image, its version (for the cache-busting URL and the edit), its description, lead or gallery,
     * and its focal point in percent from the left and from the top.
     */
    record StoryPhoto(MediaId id, Long version, String altText, String caption, String credit, String role, int focalX,
            int focalY) {
    }
}

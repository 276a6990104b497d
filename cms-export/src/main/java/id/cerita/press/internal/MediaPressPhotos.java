package id.cerita.press.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import id.cerita.common.MediaId;
import id.cerita.media.MediaAsset;
import id.cerita.media.MediaIntake;
import id.cerita.media.MediaLibrary;
import id.cerita.media.PressRendition;
import id.cerita.media.StoryImageLinks;
import id.cerita.press.PressPhoto;
import id.cerita.press.PressPhotos;
import id.cerita.story.StoryDetails;

/**
 * The press photos of a story from the media library: the lead image, then the gallery, each rendered as a
 * full-resolution JPEG with caption, credit and copyright embedded as IPTC/XMP. Photos showing the featured alumnus are
 * marked, so the kit can leave them out without the PHOTO consent.
 */
public final class MediaPressPhotos implements PressPhotos {

    private final StoryImageLinks links;
    private final MediaLibrary library;
    private final MediaIntake media;

    public MediaPressPhotos(StoryImageLinks links, MediaLibrary library, MediaIntake media) {
        this.links = links;
        this.library = library;
        this.media = media;
    }

    @Override
    public List<PressPhoto> of(StoryDetails story) {
        List<PressPhoto> photos = new ArrayList<>();
        for (MediaId mediaId : links.of(story.id()).allMediaIds()) {
            Optional<MediaAsset> found = library.find(mediaId);
            if (found.isEmpty()) {
                continue;
            }
            MediaAsset asset = found.get();
            PressRendition rendition = media.pressRendition(asset);
            String caption = asset.caption() == null || asset.caption().isBlank() ? asset.altText() : asset.caption();
            photos.add(new PressPhoto("foto-%02d.jpg".formatted(photos.size() + 1), rendition.jpeg(),
                    rendition.width(), rendition.height(), asset.focalPoint(), caption, asset.credit(),
                    asset.copyrightNotice(), story.features(asset.peopleShown())));
        }
        return photos;
    }
}

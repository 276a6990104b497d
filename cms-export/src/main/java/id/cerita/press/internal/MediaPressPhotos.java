package id.cerita.press.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import id.cerita.media.MediaAsset;
import id.cerita.media.MediaIntake;
import id.cerita.media.MediaLibrary;
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
        UUID person = story.person() == null ? null : story.person().alumnusId();
        for (UUID mediaId : links.of(story.id()).allMediaIds()) {
            Optional<MediaAsset> found = library.find(mediaId);
            if (found.isEmpty()) {
                continue;
            }
            MediaAsset asset = found.get();
            byte[] jpeg = media.pressRendition(asset);
            int[] size = size(jpeg);
            String caption = asset.caption() == null || asset.caption().isBlank() ? asset.altText() : asset.caption();
            photos.add(new PressPhoto("foto-%02d.jpg".formatted(photos.size() + 1), jpeg, size[0], size[1],
                    asset.focalPoint(), caption, asset.credit(),
                    asset.copyrightHolder() == null ? null : "© " + asset.copyrightHolder(),
                    person != null && asset.peopleShown().contains(person)));
        }
        return photos;
    }

    /** Width and height from the JPEG header (the rendition is upright, so they may differ from the original's). */
    private static int[] size(byte[] jpeg) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new int[] { reader.getWidth(0), reader.getHeight(0) };
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

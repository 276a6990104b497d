package id.cerita.media;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.springframework.test.util.ReflectionTestUtils;

import id.cerita.common.MediaId;
import id.cerita.common.StoryId;

/**
 * Images and story image lists as the media services hand them to the web layer, for slices that mock them: built
 * through the aggregates' own steps (which live in this package), with the version a stored image would have.
 */
public final class MediaExamples {

    public static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");

    private MediaExamples() {
    }

    /** A 1600 × 1200 JPEG uploaded by sari with camera data, stored at version 3, not yet described. */
    public static MediaAsset image(String filename) {
        byte[] bytes = filename.getBytes(StandardCharsets.UTF_8);
        MediaAsset image = MediaAsset.uploaded(new StoredOriginal(ContentHash.of(bytes), ImageFormat.JPEG, 48_213),
                1600, 1200, filename, "Kamera: Pixel 7; GPS: -0.54, 123.06", "sari", NOW);
        ReflectionTestUtils.setField(image, "version", 3L);
        return image;
    }

    /** The images of {@code story}: {@code lead} (or none) and the gallery in this order. */
    public static StoryImages images(StoryId story, MediaId lead, MediaId... gallery) {
        StoryImages images = StoryImages.none(story);
        if (lead != null) {
            images.chooseLead(lead, "sari");
        }
        for (MediaId image : gallery) {
            images.addToGallery(image, "sari");
        }
        return images;
    }
}

package id.cerita.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.UUID;

import id.cerita.common.AlumnusId;

/** Library images made the way an upload makes them: stored bytes, then registered and described through the services. */
public class MediaFixtures {

    public static final String EDITOR = "budi";

    private final MediaLibrary library;
    private final MediaStorage storage;

    public MediaFixtures(MediaLibrary library, MediaStorage storage) {
        this.library = library;
        this.storage = storage;
    }

    /** An image without alt text (as every upload starts). */
    public MediaAsset anUploadedImage(String filename) {
        try {
            byte[] bytes = ("pretend-jpeg " + UUID.randomUUID()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            StoredOriginal stored = storage.store(bytes, ImageFormat.JPEG);
            return library.register(stored, 4000, 3000, filename, "[GPS] GPS Latitude: -6° 10' 31\"", EDITOR).asset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public MediaAsset aDescribedImage(String filename, String altText, Set<AlumnusId> peopleShown) {
        MediaAsset asset = anUploadedImage(filename);
        return library.describe(asset.id(), asset.version(), new MediaDescription(altText,
                "Hujaipah menata donat di gerainya di Kota Jambi.", "Tim Komunikasi", "Kemenko Perekonomian",
                peopleShown), EDITOR);
    }
}

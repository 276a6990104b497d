package id.cerita.media;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Content-addressed storage of original image files, kept byte for byte as uploaded.
 * Storing the same bytes twice keeps one copy. Implementations: {@link DiskMediaStorage}; an S3-compatible
 * store fits the same contract (key = hash, no renames, no partial objects).
 */
public interface MediaStorage {

    /** Stores the bytes (unless the same content is already there) and tells their address. */
    StoredOriginal store(byte[] bytes, ImageFormat format) throws IOException;

    /** The original's bytes, or empty when no such content is stored. The caller closes the stream. */
    Optional<InputStream> open(ContentHash hash) throws IOException;

    boolean contains(ContentHash hash);

    /** Removes the original; removing what is not there is not an error. */
    void delete(ContentHash hash) throws IOException;
}

package id.cerita.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.stereotype.Service;

import id.cerita.common.NotFoundException;
import id.cerita.media.MediaLibrary.MediaRegistration;
import id.cerita.media.internal.HeaderDimensions;

/**
 * Takes an upload into the library: inspect (refused uploads leave nothing behind), keep the original unchanged,
 * enter it in the library, make its derivatives from the picture already decoded. Also hands out derivatives and
 * press renditions of library images.
 */
@Service
public class MediaIntake {

    private final UploadInspector inspector;
    private final MediaStorage storage;
    private final MediaLibrary library;
    private final ImageDerivatives derivatives;
    private final PressRenditions press;

    MediaIntake(UploadInspector inspector, MediaStorage storage, MediaLibrary library, ImageDerivatives derivatives,
            PressRenditions press) {
        this.inspector = inspector;
        this.storage = storage;
        this.library = library;
        this.derivatives = derivatives;
        this.press = press;
    }

    /** The new (or already known) image; {@link UploadRejected} when the bytes are not an acceptable image. */
    public MediaRegistration accept(byte[] bytes, String claimedMediaType, String filename, String by) {
        return accept(bytes, claimedMediaType, filename, by, null);
    }

    /**
     * As {@link #accept(byte[], String, String, String)}, with the focal point a new image starts with (null: the
     * centre), so its crops are made once, around that point.
     */
    public MediaRegistration accept(byte[] bytes, String claimedMediaType, String filename, String by,
            FocalPoint focus) {
        AcceptedImage image = inspector.inspect(bytes, claimedMediaType);
        try {
            StoredOriginal stored = storage.store(bytes, image.format());
            MediaRegistration registration = library.register(stored, image.width(), image.height(), filename,
                    OriginalMetadata.describe(bytes), by);
            boolean refocus = registration.created() && focus != null;
            derivatives.derive(stored.hash(), image, refocus ? focus : registration.asset().focalPoint());
            if (refocus) {
                // after the derivatives exist: whoever reacts to the move finds them made
                registration = new MediaRegistration(library.moveFocalPoint(registration.asset().id(), focus, by), true);
            }
            return registration;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The derivatives for the image's current focal point, made now if they are not cached. */
    public DerivativeSet derivativesOf(MediaAsset asset) {
        return derivatives.cached(asset.hash(), asset.focalPoint())
                .orElseGet(() -> derivatives.derive(asset.hash(), original(asset), asset.focalPoint()));
    }

    public PressRendition pressRendition(MediaAsset asset) {
        byte[] jpeg = press.render(original(asset), new PressCaption(asset.caption(), asset.credit(),
                asset.copyrightNotice(), asset.credit()));
        HeaderDimensions size = HeaderDimensions.read(jpeg, ImageFormat.JPEG).orElseThrow();
        return new PressRendition(jpeg, size.width(), size.height());
    }

    public byte[] original(MediaAsset asset) {
        try {
            try (InputStream in = storage.open(asset.hash()).orElseThrow(() ->
                    new NotFoundException("Berkas asli gambar tidak ada di penyimpanan: " + asset.hash()))) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

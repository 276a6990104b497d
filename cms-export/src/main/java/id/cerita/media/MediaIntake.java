package id.cerita.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.stereotype.Service;

import id.cerita.common.NotFoundException;
import id.cerita.media.MediaLibrary.MediaRegistration;
import id.cerita.media.internal.HeaderDimensions;

/**
 * Takes an upload into the library: check it, then, holding its share of the {@link ImagingMemory}, decode it once
 * (subsampled when large), keep the original unchanged, make its derivatives from the decoded picture and only then
 * enter it in the library. A refused or failed upload leaves nothing behind: no record, no original, no derivative.
 * Also hands out derivatives and press renditions of library images.
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

    /**
     * The new (or already known) image; {@link UploadRejected} when the bytes are not an acceptable image or could
     * never be processed here, {@link ImagingBusy} when the imaging memory stays taken by other uploads.
     */
    public MediaRegistration accept(byte[] bytes, String claimedMediaType, String filename, String by) {
        return accept(bytes, claimedMediaType, filename, by, null);
    }

    /**
     * As {@link #accept(byte[], String, String, String)}, with the focal point a new image starts with (null: the
     * centre), so its crops are made once, around that point.
     */
    public MediaRegistration accept(byte[] bytes, String claimedMediaType, String filename, String by,
            FocalPoint initialFocus) {
        DeclaredImage declared = inspector.check(bytes, claimedMediaType);
        DecodePlan plan = inspector.planDerivatives(declared, derivatives.settings());
        return inspector.memory().within(plan.bytes(),
                () -> keep(bytes, inspector.decode(bytes, declared, plan.subsampling()), filename, by, initialFocus));
    }

    private MediaRegistration keep(byte[] bytes, AcceptedImage image, String filename, String by,
            FocalPoint initialFocus) {
        ContentHash hash = ContentHash.of(bytes);
        FocalPoint focus = library.findByHash(hash).map(MediaAsset::focalPoint)
            .orElse(initialFocus != null ? initialFocus : FocalPoint.CENTRE);
        boolean originalWasThere = storage.contains(hash);
        try {
            StoredOriginal stored = storage.store(bytes, image.format());
            derivatives.derive(stored.hash(), image, focus);
            MediaRegistration registration = library.register(stored, image.width(), image.height(), filename,
                    OriginalMetadata.describe(bytes), by);
            if (registration.created() && initialFocus != null) {
                // after the derivatives exist: whoever reacts to the move finds them made
                registration = new MediaRegistration(
                        library.moveFocalPoint(registration.asset().id(), initialFocus, by), true);
            }
            return registration;
        } catch (IOException e) {
            forget(hash, originalWasThere, e);
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            forget(hash, originalWasThere, e);
            throw e;
        }
    }

    /** Removes what a failed upload stored, unless the library holds the same bytes (a concurrent upload of them). */
    private void forget(ContentHash hash, boolean originalWasThere, Throwable failure) {
        try {
            if (originalWasThere || library.findByHash(hash).isPresent()) {
                return;
            }
            storage.delete(hash);
            derivatives.evict(hash);
        } catch (IOException | RuntimeException cleanupFailed) {
            failure.addSuppressed(cleanupFailed);
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
                    new NotFoundException("original", "Berkas asli gambar tidak ada di penyimpanan: " + asset.hash(), asset.id()))) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

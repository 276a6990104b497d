package id.cerita.media;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps files in step with the library: new crops when a focal point moves, no files for a deleted image. */
@Component
class MediaFiles {

    private static final Logger log = LoggerFactory.getLogger(MediaFiles.class);

    private final MediaLibrary library;
    private final MediaIntake intake;
    private final MediaStorage storage;
    private final ImageDerivatives derivatives;

    MediaFiles(MediaLibrary library, MediaIntake intake, MediaStorage storage, ImageDerivatives derivatives) {
        this.library = library;
        this.intake = intake;
        this.storage = storage;
        this.derivatives = derivatives;
    }

    @ApplicationModuleListener
    void on(FocalPointMoved moved) throws IOException {
        var current = library.find(moved.mediaId()).filter(a -> a.focalPoint().equals(moved.focalPoint()));
        if (current.isPresent()) {
            intake.derivativesOf(current.get());
            derivatives.evictAllBut(moved.hash(), moved.focalPoint());
        }
    }

    @ApplicationModuleListener
    void on(MediaDeleted deleted) throws IOException {
        derivatives.evict(deleted.hash());
        storage.delete(deleted.hash());
        log.info("Removed the original and derivatives of deleted image {}", deleted.mediaId());
    }
}

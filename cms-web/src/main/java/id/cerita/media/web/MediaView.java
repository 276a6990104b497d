package id.cerita.media.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import id.cerita.common.AlumnusId;
import id.cerita.common.MediaId;
import id.cerita.media.FocalPoint;
import id.cerita.media.MediaAsset;
import id.cerita.media.MediaUsage;

/** An image as the API shows it. {@code originalMetadata} (camera, GPS) is filled for administrators only. */
record MediaView(MediaId id, String contentHash, String format, int width, int height, String originalFilename,
                 String altText, String caption, String credit, String copyrightHolder, Set<AlumnusId> peopleShown,
                 FocalPoint focalPoint, long version, Instant uploadedAt, String uploadedBy, List<MediaUsage> usedBy,
                 Files files, String originalMetadata) {

    /** Where the files are: a URL template for derivatives ({name}: w320…w1920, 16x9, 4x3, 1x1; {ext}: jpg, webp). */
    record Files(String derivative, String pressRendition, String original) {
    }

    static MediaView of(MediaAsset a, List<MediaUsage> usages, boolean admin) {
        String base = "/api/media/" + a.id();
        return new MediaView(a.id(), a.hash().hex(), a.format().name(), a.width(), a.height(), a.originalFilename(),
                a.altText(), a.caption(), a.credit(), a.copyrightHolder(), a.peopleShown(), a.focalPoint(), a.version(),
                a.uploadedAt(), a.uploadedBy(), usages,
                new Files(base + "/files/{name}.{ext}?v=" + a.version(), base + "/press.jpg", base + "/original"),
                admin ? a.originalMetadata() : null);
    }
}

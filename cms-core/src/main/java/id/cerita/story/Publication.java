package id.cerita.story;

import java.time.Instant;

/**
 * What the public sees of a story: whether it is out ({@code live}), which revision ({@code publishedRevision}, kept
 * while a correction is being written and reviewed) and since when ({@code publishedAt}, the first publication: a
 * correction does not move a story up the listings). Stored in the story's row under those three names.
 */
public record Publication(boolean live, Integer publishedRevision, Instant publishedAt) {

    /** Never published. */
    static final Publication NONE = new Publication(false, null, null);

    /** Out now, with {@code revision}; the first publication's date stays. */
    Publication of(int revision, Instant now) {
        return new Publication(true, revision, publishedAt == null ? now : publishedAt);
    }

    /** No longer public; which revision was and when it first went out stay on record. */
    Publication withdrawn() {
        return new Publication(false, publishedRevision, publishedAt);
    }

    /** Published once, and edited since: the public still reads the revision that was approved. */
    boolean behind(int currentRevision) {
        return publishedRevision != null && publishedRevision != currentRevision;
    }

    boolean everPublished() {
        return publishedRevision != null;
    }
}

package id.cerita.story;

import id.cerita.common.LocalizedRefusal;

/**
 * A save was based on an older version than the one stored: someone else saved in between. Carries the stored story so
 * that the editor can see the other changes; nothing is overwritten.
 */
public class StaleStoryException extends LocalizedRefusal {

    private final transient Story current;
    private final long expectedVersion;

    public StaleStoryException(Story current, long expectedVersion) {
        super("problem.stale-story", "Cerita ini sudah diubah oleh " + current.lastEditor() + " (versi "
                + current.version() + ") sejak Anda membukanya (versi " + expectedVersion
                + "). Perubahan Anda belum disimpan.", null, current.lastEditor(), current.version(), expectedVersion);
        this.current = current;
        this.expectedVersion = expectedVersion;
    }

    public Story current() {
        return current;
    }

    public long expectedVersion() {
        return expectedVersion;
    }
}

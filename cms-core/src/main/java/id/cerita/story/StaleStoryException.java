package id.cerita.story;

/**
 * A save was based on an older version than the one stored: someone else saved in between. Carries the stored story so
 * that the editor can see the other changes; nothing is overwritten.
 */
public class StaleStoryException extends RuntimeException {

    private final transient Story current;
    private final long expectedVersion;

    public StaleStoryException(Story current, long expectedVersion) {
        super("Cerita ini sudah diubah oleh " + current.lastEditor() + " (versi " + current.version()
                + ") sejak Anda membukanya (versi " + expectedVersion + "). Perubahan Anda belum disimpan.");
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

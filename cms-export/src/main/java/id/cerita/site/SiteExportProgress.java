package id.cerita.site;

/**
 * Where the site export is: what the editor's progress bar shows.
 *
 * @param build the number of the build {@code current} points to, or null before the first export
 */
public record SiteExportProgress(State state, int done, int total, String build, String error) {

    public enum State {
        IDLE, QUEUED, RUNNING, FAILED
    }

    static SiteExportProgress idle(String build) {
        return new SiteExportProgress(State.IDLE, 0, 0, build, null);
    }

    public int percent() {
        return total == 0 ? (state == State.IDLE ? 100 : 0) : (int) (100L * done / total);
    }
}

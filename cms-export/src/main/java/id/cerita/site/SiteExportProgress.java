package id.cerita.site;

/**
 * Where the site export is: what the editor's progress bar shows.
 *
 * @param build the number of the build {@code current} points to, or null before the first export
 * @param pages the HTML pages of the last export that finished in this run of the application, 0 when none has
 * @param millis how long that export took
 */
public record SiteExportProgress(State state, int done, int total, String build, String error, int pages, long millis) {

    public enum State {
        IDLE, QUEUED, RUNNING, FAILED
    }

    static SiteExportProgress idle(String build) {
        return new SiteExportProgress(State.IDLE, 0, 0, build, null, 0, 0);
    }

    static SiteExportProgress finished(String build, int pages, long millis) {
        return new SiteExportProgress(State.IDLE, 0, 0, build, null, pages, millis);
    }

    /** Whether an export finished since the application started, so the page can say how it went. */
    public boolean finished() {
        return state == State.IDLE && build != null && millis > 0;
    }

    public int percent() {
        return total == 0 ? (state == State.IDLE ? 100 : 0) : (int) (100L * done / total);
    }
}

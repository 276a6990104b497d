package id.cerita.press;

/**
 * Whether the person asking may receive material that is still under embargo. The caller decides (it knows who is
 * asking); the press kit only obeys.
 */
public enum EmbargoAccess {
    /** Only stories whose embargo has passed, or that never had one. */
    RELEASED_ONLY,
    /** Also approved stories still under embargo: the kit then carries the embargo line on every format. */
    INCLUDING_EMBARGOED
}

package id.cerita.alert;

/** When a journalist hears of a new story: at once, or in a digest on Monday morning. */
public enum Cadence {
    INSTANT, WEEKLY
}

package id.cerita.alumni;

/** What a person agreed may be used, and where. */
public enum ConsentScope {
    /** Their name may be printed. */
    NAME,
    /** Photos showing them may be used. */
    PHOTO,
    /** Their business or employer may be named and described. */
    BUSINESS_DETAILS,
    /** The story may appear on the public website. */
    WEBSITE,
    /** The story may go to the press. */
    PRESS
}

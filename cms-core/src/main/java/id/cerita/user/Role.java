package id.cerita.user;

/** What a signed-in person may do. */
public enum Role {
    /** Drafts and edits own stories, submits them. */
    WRITER,
    /** Reviews, requests changes, approves and publishes. */
    EDITOR,
    /** Manages users, taxonomy and consent records. */
    ADMIN,
    /** Reads published stories and downloads press material. */
    JOURNALIST;

    public String authority() {
        return "ROLE_" + name();
    }
}

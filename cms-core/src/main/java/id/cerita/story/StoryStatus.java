package id.cerita.story;

/** Where the working copy of a story stands in the editorial workflow. */
public enum StoryStatus {
    DRAFT, IN_REVIEW, CHANGES_REQUESTED, APPROVED, SCHEDULED, PUBLISHED, UNPUBLISHED, ARCHIVED;

    /** An edit to a text that was approved goes back to draft: every published word is reviewed by a second person. */
    boolean reviewedAgainWhenEdited() {
        return this == APPROVED || this == SCHEDULED || this == PUBLISHED || this == UNPUBLISHED;
    }
}

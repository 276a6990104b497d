package id.cerita.story;

/** Where the working copy of a story stands in the editorial workflow. */
public enum StoryStatus {
    DRAFT, IN_REVIEW, CHANGES_REQUESTED, APPROVED, SCHEDULED, PUBLISHED, UNPUBLISHED, ARCHIVED
}

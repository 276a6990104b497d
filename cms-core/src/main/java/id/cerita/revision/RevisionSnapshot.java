package id.cerita.revision;

import java.time.Instant;

import id.cerita.common.StoryId;

/** A story as one save left it: its text and, beside it, its other fields ({@link RevisionFacts}). */
public record RevisionSnapshot(StoryId storyId, int number, String title, String summary, String body, String author,
        Instant at, String note, RevisionFacts facts) {

    /** A snapshot of the text only. */
    public RevisionSnapshot(StoryId storyId, int number, String title, String summary, String body, String author,
            Instant at, String note) {
        this(storyId, number, title, summary, body, author, at, note, null);
    }
}

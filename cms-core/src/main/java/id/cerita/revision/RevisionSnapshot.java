package id.cerita.revision;

import java.time.Instant;
import java.util.UUID;

/** The text of a story as one save left it. */
public record RevisionSnapshot(UUID storyId, int number, String title, String summary, String body, String author,
        Instant at, String note) {
}

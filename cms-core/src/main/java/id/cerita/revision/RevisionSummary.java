package id.cerita.revision;

import java.time.Instant;

/** A line in a story's history, without the text. */
public record RevisionSummary(int number, String author, Instant createdAt, String note, int bodyLength) {
}

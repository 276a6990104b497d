package id.cerita.review;

import java.time.Instant;
import java.util.UUID;

/** A reviewer's "please change this": the reason the writer reads. */
public record ChangeRequest(UUID storyId, String reason, String requestedBy, Instant requestedAt) {
}

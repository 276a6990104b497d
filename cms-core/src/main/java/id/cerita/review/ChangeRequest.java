package id.cerita.review;

import id.cerita.common.StoryId;
import java.time.Instant;

/** A reviewer's "please change this": the reason the writer reads. */
public record ChangeRequest(StoryId storyId, String reason, String requestedBy, Instant requestedAt) {
}

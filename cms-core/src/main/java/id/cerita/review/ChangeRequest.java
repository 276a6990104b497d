package id.cerita.review;

import java.time.Instant;

import id.cerita.common.StoryId;

/** A reviewer's "please change this": the reason the writer reads. */
public record ChangeRequest(StoryId storyId, String reason, String requestedBy, Instant requestedAt) {
}

package id.cerita.workflow.web;

import java.time.Instant;
import java.util.UUID;

import id.cerita.review.ReviewComment;

record CommentView(UUID id, int revision, int paragraph, String excerpt, String text, String author,
        Instant createdAt, boolean resolved, String resolvedBy, Instant resolvedAt) {

    static CommentView of(ReviewComment c) {
        return new CommentView(c.id(), c.revision(), c.paragraph(), c.excerpt(), c.text(), c.author(), c.createdAt(),
                c.resolved(), c.resolvedBy(), c.resolvedAt());
    }
}

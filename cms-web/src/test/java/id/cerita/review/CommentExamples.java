package id.cerita.review;

import java.time.Instant;
import java.util.UUID;

import id.cerita.common.StoryId;

/** Review comments as the comment service hands them to the web layer, for slices that mock it. */
public final class CommentExamples {

    private CommentExamples() {
    }

    /** An open comment on paragraph {@code paragraph} of revision 2 of {@code story}. */
    public static ReviewComment open(StoryId story, int paragraph, String excerpt, String text, String author,
            Instant at) {
        return new ReviewComment(UUID.randomUUID(), story.value(), 2, paragraph, excerpt, text, author, at, null, null,
                0L);
    }
}

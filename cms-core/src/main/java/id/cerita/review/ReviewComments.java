package id.cerita.review;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.cerita.common.AsStaff;
import id.cerita.common.InvalidFieldException;
import id.cerita.common.NotFoundException;
import id.cerita.common.StoryId;
import id.cerita.revision.Revisions;
import id.cerita.revision.StoryRevision;
import id.cerita.story.Stories;
import id.cerita.story.Story;

/** Review comments: anchored to a paragraph of the current revision, kept with that revision, resolvable. */
@Service
@Transactional(readOnly = true)
@AsStaff
public class ReviewComments {

    private final ReviewCommentRepository comments;
    private final Stories stories;
    private final Revisions revisions;
    private final Clock clock;

    ReviewComments(ReviewCommentRepository comments, Stories stories, Revisions revisions, Clock clock) {
        this.comments = comments;
        this.stories = stories;
        this.revisions = revisions;
        this.clock = clock;
    }

    /** Comments on paragraph {@code paragraph} (from 0) of the story's current revision. */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM') or (@capability.granted(authentication, 'WRITE_STORIES') and #by == authentication.name)")
    public ReviewComment comment(StoryId storyId, int paragraph, String text, String by) {
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException("text", "comment.empty", "Komentar tidak boleh kosong");
        }
        Story story = stories.require(storyId);
        StoryRevision revision = revisions.get(storyId, story.currentRevision());
        return comments.save(ReviewComment.on(storyId, revision.number(), Paragraphs.of(revision.body()).get(paragraph),
                text, by, clock.instant()));
    }

    @Transactional
    @PreAuthorize("hasRole('SYSTEM') or (@capability.granted(authentication, 'WRITE_STORIES') and #by == authentication.name)")
    public ReviewComment resolve(UUID commentId, String by) {
        ReviewComment comment = comments.findById(commentId)
            .orElseThrow(() -> new NotFoundException("comment", "Komentar tidak ditemukan: " + commentId, commentId));
        comment.resolve(by, clock.instant());
        return comments.save(comment);
    }

    /** Every comment on the story, newest revision first, in paragraph order. */
    public List<ReviewComment> onStory(StoryId storyId) {
        return comments.findByStoryIdOrderByRevisionDescParagraphAscCreatedAtAsc(storyId.value());
    }

    public List<ReviewComment> onRevision(StoryId storyId, int revision) {
        return comments.findByStoryIdAndRevisionOrderByParagraphAscCreatedAtAsc(storyId.value(), revision);
    }

    public long openCount(StoryId storyId) {
        return onStory(storyId).stream().filter(c -> !c.resolved()).count();
    }
}

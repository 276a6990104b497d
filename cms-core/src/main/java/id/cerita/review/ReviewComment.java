package id.cerita.review;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

import id.cerita.common.StoryId;
import id.cerita.story.WorkflowViolationException;

/**
 * A reviewer's remark on one paragraph of the body, as it read in the revision the remark was made on. Stays with
 * that revision; resolved when the writer (or anyone on the team) has dealt with it.
 */
@Table("review_comment")
public class ReviewComment extends AbstractAggregateRoot<ReviewComment> {

    @Id
    private final UUID id;
    private final UUID storyId;
    private final int revision;
    private final int paragraph;
    private final String excerpt;
    private final String text;
    private final String author;
    private final Instant createdAt;
    private String resolvedBy;
    private Instant resolvedAt;
    @Version
    private Long version;

    @PersistenceCreator
    ReviewComment(UUID id, UUID storyId, int revision, int paragraph, String excerpt, String text, String author,
            Instant createdAt, String resolvedBy, Instant resolvedAt, Long version) {
        this.id = id;
        this.storyId = storyId;
        this.revision = revision;
        this.paragraph = paragraph;
        this.excerpt = excerpt;
        this.text = text;
        this.author = author;
        this.createdAt = createdAt;
        this.resolvedBy = resolvedBy;
        this.resolvedAt = resolvedAt;
        this.version = version;
    }

    static ReviewComment on(StoryId storyId, int revision, Paragraphs.Paragraph paragraph, String text, String author,
            Instant now) {
        ReviewComment comment = new ReviewComment(UUID.randomUUID(), storyId.value(), revision, paragraph.index(),
                paragraph.excerpt(), text.strip(), author, now, null, null, null);
        comment.registerEvent(new ReviewCommentAdded(storyId, comment.id, revision, paragraph.index(), author));
        return comment;
    }

    void resolve(String by, Instant now) {
        if (resolved()) {
            throw new WorkflowViolationException("comment.resolved", "Komentar ini sudah diselesaikan");
        }
        resolvedBy = by;
        resolvedAt = now;
        registerEvent(new ReviewCommentResolved(storyId(), id, by));
    }

    public boolean resolved() {
        return resolvedAt != null;
    }

    public UUID id() { return id; }
    public StoryId storyId() { return new StoryId(storyId); }
    public int revision() { return revision; }
    public int paragraph() { return paragraph; }
    public String excerpt() { return excerpt; }
    public String text() { return text; }
    public String author() { return author; }
    public Instant createdAt() { return createdAt; }
    public String resolvedBy() { return resolvedBy; }
    public Instant resolvedAt() { return resolvedAt; }
    public Long version() { return version; }
}

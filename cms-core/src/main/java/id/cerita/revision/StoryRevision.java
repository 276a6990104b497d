package id.cerita.revision;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

import id.cerita.common.StoryId;

/** What a story's text was after one save: who, when, what. Append-only: never updated, never deleted. */
@Table("story_revision")
public class StoryRevision implements Persistable<UUID> {

    @Id
    private final UUID id;
    private final UUID storyId;
    private final int number;
    private final String title;
    private final String summary;
    private final String body;
    private final String author;
    private final Instant createdAt;
    private final String note;
    private final String facts;
    @Transient
    private final boolean isNew;

    @PersistenceCreator
    StoryRevision(UUID id, UUID storyId, int number, String title, String summary, String body, String author,
            Instant createdAt, String note, String facts) {
        this(id, storyId, number, title, summary, body, author, createdAt, note, facts, false);
    }

    private StoryRevision(UUID id, UUID storyId, int number, String title, String summary, String body, String author,
            Instant createdAt, String note, String facts, boolean isNew) {
        this.id = id;
        this.storyId = storyId;
        this.number = number;
        this.title = title;
        this.summary = summary;
        this.body = body;
        this.author = author;
        this.createdAt = createdAt;
        this.note = note;
        this.facts = facts;
        this.isNew = isNew;
    }

    static StoryRevision of(RevisionSnapshot snapshot) {
        return new StoryRevision(UUID.randomUUID(), snapshot.storyId().value(), snapshot.number(), snapshot.title(),
                snapshot.summary(), snapshot.body(), snapshot.author(), snapshot.at(), snapshot.note(),
                snapshot.facts() == null ? null : snapshot.facts().text(), true);
    }

    @Override
    public UUID getId() {
        return id;
    }

    /** Revisions are only ever inserted. */
    @Override
    public boolean isNew() {
        return isNew;
    }

    public UUID id() { return id; }
    public StoryId storyId() { return new StoryId(storyId); }
    public int number() { return number; }
    public String title() { return title; }
    public String summary() { return summary; }
    public String body() { return body; }
    public String author() { return author; }
    public Instant createdAt() { return createdAt; }
    public String note() { return note; }
    public RevisionFacts facts() { return RevisionFacts.parse(facts); }
    /** Revisions recorded before fields were kept beside the text have none. */
    public boolean hasFacts() { return facts != null; }
}

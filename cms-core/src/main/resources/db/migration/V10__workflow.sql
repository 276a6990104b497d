-- Editorial workflow: publishing schedules, embargoes, consent expiry, review comments, soft edit locks.
-- Runs unchanged on PostgreSQL 15 and H2 (MODE=PostgreSQL).

-- A schedule is an instant plus the zone the editor chose it in (shown back to them in that zone).
ALTER TABLE story ADD COLUMN scheduled_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE story ADD COLUMN schedule_zone VARCHAR(40);
-- Before this instant the story is staff-only, whatever its publication state.
ALTER TABLE story ADD COLUMN embargo_until TIMESTAMP WITH TIME ZONE;
CREATE INDEX story_scheduled_idx ON story (status, scheduled_at);
CREATE INDEX story_embargo_idx ON story (embargo_until);
CREATE INDEX story_alumnus_idx ON story (alumnus_id);

-- The day the expiry of a consent was noticed and announced (ConsentExpired), so it is announced once.
ALTER TABLE alumnus_consent ADD COLUMN expiry_noted_on DATE;
CREATE INDEX alumnus_consent_expiry_idx ON alumnus_consent (expires_on);

-- Review comments are anchored to a paragraph of the revision they were made on.
CREATE TABLE review_comment (
    id             UUID          PRIMARY KEY,
    story_id       UUID          NOT NULL REFERENCES story (id),
    revision       INTEGER       NOT NULL,
    paragraph      INTEGER       NOT NULL,
    excerpt        VARCHAR(300)  NOT NULL,
    text           VARCHAR(4000) NOT NULL,
    author         VARCHAR(100)  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_by    VARCHAR(100),
    resolved_at    TIMESTAMP WITH TIME ZONE,
    version        BIGINT        NOT NULL
);
CREATE INDEX review_comment_story_idx ON review_comment (story_id, revision);

-- A soft lock: who is editing a story until when. It expires on its own; anyone can take it over.
CREATE TABLE story_edit_lock (
    story_id    UUID         PRIMARY KEY REFERENCES story (id),
    holder      VARCHAR(100) NOT NULL,
    acquired_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

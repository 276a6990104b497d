-- Private links that let the person a story is about check it and answer for each consent scope, without an account.
-- Only a SHA-256 hash of the token is kept.
CREATE TABLE story_check_link (
    id           UUID          PRIMARY KEY,
    token_hash   VARCHAR(64)   NOT NULL UNIQUE,
    alumnus_id   UUID          NOT NULL REFERENCES alumnus (id),
    story_id     UUID          NOT NULL REFERENCES story (id),
    issued_by    VARCHAR(100)  NOT NULL,
    issued_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    revoked_by   VARCHAR(100),
    answered_at  TIMESTAMP WITH TIME ZONE,
    facts_confirmed BOOLEAN,
    correction   VARCHAR(2000),
    granted      VARCHAR(200),
    declined     VARCHAR(200)
);
CREATE INDEX story_check_link_story_idx ON story_check_link (story_id);
CREATE INDEX story_check_link_alumnus_idx ON story_check_link (alumnus_id);

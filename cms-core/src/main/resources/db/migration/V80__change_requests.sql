-- Why a story was sent back: each "request changes" with its reason, so the writer reads it on the editor and the
-- dashboard. Append-only. Runs on PostgreSQL 15 and H2 (MODE=PostgreSQL).
CREATE TABLE change_request (
    id           UUID          PRIMARY KEY,
    story_id     UUID          NOT NULL REFERENCES story (id),
    reason       VARCHAR(1000) NOT NULL,
    requested_by VARCHAR(100)  NOT NULL,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX change_request_story_idx ON change_request (story_id, requested_at);

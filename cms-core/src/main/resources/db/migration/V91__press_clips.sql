-- Coverage: press clips the communication team records (which outlet reported, when, by whom, with what headline),
-- linked to the stories and the temu alumni they cover. Runs on PostgreSQL 15 and H2 (MODE=PostgreSQL).

CREATE TABLE press_clip (
    id           UUID          PRIMARY KEY,
    outlet       VARCHAR(200)  NOT NULL,
    url          VARCHAR(2000),
    published_on DATE          NOT NULL,
    reporter     VARCHAR(200),
    headline     VARCHAR(500)  NOT NULL,
    excerpt      VARCHAR(2000),
    language     VARCHAR(8)    NOT NULL,
    reach        BIGINT,
    gathering_id UUID          REFERENCES gathering (id),
    created_by   VARCHAR(100)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX press_clip_published_idx ON press_clip (published_on);

CREATE TABLE press_clip_story (
    clip_id  UUID NOT NULL REFERENCES press_clip (id) ON DELETE CASCADE,
    story_id UUID NOT NULL REFERENCES story (id),
    PRIMARY KEY (clip_id, story_id)
);
CREATE INDEX press_clip_story_story_idx ON press_clip_story (story_id);

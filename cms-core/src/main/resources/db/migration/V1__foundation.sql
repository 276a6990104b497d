-- Reference data, the story domain and staff users. Runs unchanged on PostgreSQL 15 and H2 (MODE=PostgreSQL).

CREATE TABLE region (
    code              VARCHAR(13)  PRIMARY KEY,
    name              VARCHAR(160) NOT NULL,
    type              VARCHAR(12)  NOT NULL,
    province_code     VARCHAR(2)   NOT NULL,
    tertinggal        BOOLEAN      NOT NULL DEFAULT FALSE,
    outermost_islands INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX region_province_idx ON region (province_code);

CREATE TABLE theme (
    code        VARCHAR(40)  PRIMARY KEY,
    parent_code VARCHAR(40)  REFERENCES theme (code),
    name_id     VARCHAR(120) NOT NULL,
    name_en     VARCHAR(120) NOT NULL,
    position    INTEGER      NOT NULL DEFAULT 0
);

CREATE TABLE training_provider (
    id          UUID         PRIMARY KEY,
    slug        VARCHAR(120) NOT NULL UNIQUE,
    name        VARCHAR(200) NOT NULL,
    website     VARCHAR(500),
    description VARCHAR(2000),
    version     BIGINT       NOT NULL
);

CREATE TABLE training_course (
    id          UUID         PRIMARY KEY,
    slug        VARCHAR(160) NOT NULL UNIQUE,
    title       VARCHAR(300) NOT NULL,
    theme_code  VARCHAR(40)  NOT NULL REFERENCES theme (code),
    skill_type  VARCHAR(8)   NOT NULL,
    delivery    VARCHAR(8)   NOT NULL,
    provider_id UUID         NOT NULL REFERENCES training_provider (id),
    version     BIGINT       NOT NULL
);

CREATE TABLE gathering (
    id          UUID         PRIMARY KEY,
    slug        VARCHAR(160) NOT NULL UNIQUE,
    name        VARCHAR(300) NOT NULL,
    place       VARCHAR(300) NOT NULL,
    region_code VARCHAR(13)  NOT NULL REFERENCES region (code),
    held_on     DATE         NOT NULL,
    version     BIGINT       NOT NULL
);

CREATE TABLE alumnus (
    id            UUID         PRIMARY KEY,
    full_name     VARCHAR(200) NOT NULL,
    cohort        INTEGER,
    region_code   VARCHAR(13)  NOT NULL REFERENCES region (code),
    business_name VARCHAR(200),
    occupation    VARCHAR(200),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL
);

-- Consent records belong to the alumnus aggregate; a withdrawn or expired record stays for the audit trail.
CREATE TABLE alumnus_consent (
    alumnus_id   UUID         NOT NULL REFERENCES alumnus (id),
    position     INTEGER      NOT NULL,
    consent_id   UUID         NOT NULL UNIQUE,
    scopes       VARCHAR(200) NOT NULL,
    given_on     DATE         NOT NULL,
    evidence     VARCHAR(500) NOT NULL,
    expires_on   DATE,
    withdrawn_at TIMESTAMP WITH TIME ZONE,
    withdrawn_by VARCHAR(100),
    withdrawal_reason VARCHAR(1000),
    PRIMARY KEY (alumnus_id, position)
);

CREATE TABLE story (
    id               UUID          PRIMARY KEY,
    slug             VARCHAR(120)  NOT NULL UNIQUE,
    language         VARCHAR(2)    NOT NULL,
    translation_key  UUID          NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    summary          VARCHAR(600)  NOT NULL,
    body             VARCHAR(100000) NOT NULL,
    alumnus_id       UUID          REFERENCES alumnus (id),
    region_code      VARCHAR(13)   NOT NULL REFERENCES region (code),
    gathering_id     UUID          REFERENCES gathering (id),
    status           VARCHAR(20)   NOT NULL,
    live             BOOLEAN       NOT NULL DEFAULT FALSE,
    current_revision INTEGER       NOT NULL,
    published_revision INTEGER,
    author           VARCHAR(100)  NOT NULL,
    last_editor      VARCHAR(100)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at     TIMESTAMP WITH TIME ZONE,
    version          BIGINT        NOT NULL,
    CONSTRAINT story_translation_language_uq UNIQUE (translation_key, language)
);
CREATE INDEX story_status_updated_idx ON story (status, updated_at);
CREATE INDEX story_region_idx ON story (region_code);
CREATE INDEX story_updated_idx ON story (updated_at);
CREATE INDEX story_live_idx ON story (live, published_at);

CREATE TABLE story_course (
    story_id  UUID NOT NULL REFERENCES story (id),
    course_id UUID NOT NULL REFERENCES training_course (id),
    PRIMARY KEY (story_id, course_id)
);

CREATE TABLE story_theme (
    story_id   UUID        NOT NULL REFERENCES story (id),
    theme_code VARCHAR(40) NOT NULL REFERENCES theme (code),
    PRIMARY KEY (story_id, theme_code)
);
CREATE INDEX story_theme_theme_idx ON story_theme (theme_code);

CREATE TABLE story_quote (
    story_id     UUID          NOT NULL REFERENCES story (id),
    position     INTEGER       NOT NULL,
    text         VARCHAR(2000) NOT NULL,
    speaker      VARCHAR(200)  NOT NULL,
    speaker_role VARCHAR(200),
    PRIMARY KEY (story_id, position)
);

CREATE TABLE story_outcome (
    story_id    UUID          NOT NULL REFERENCES story (id),
    position    INTEGER       NOT NULL,
    kind        VARCHAR(24)   NOT NULL,
    description VARCHAR(1000) NOT NULL,
    amount      BIGINT,
    source      VARCHAR(500)  NOT NULL,
    PRIMARY KEY (story_id, position)
);

CREATE TABLE story_source (
    story_id     UUID          NOT NULL REFERENCES story (id),
    position     INTEGER       NOT NULL,
    outlet       VARCHAR(200)  NOT NULL,
    title        VARCHAR(500)  NOT NULL,
    url          VARCHAR(1000),
    published_on DATE,
    PRIMARY KEY (story_id, position)
);

-- Revisions are their own append-only aggregate: one row per save, never updated.
CREATE TABLE story_revision (
    id         UUID          PRIMARY KEY,
    story_id   UUID          NOT NULL REFERENCES story (id),
    number     INTEGER       NOT NULL,
    title      VARCHAR(200)  NOT NULL,
    summary    VARCHAR(600)  NOT NULL,
    body       VARCHAR(100000) NOT NULL,
    author     VARCHAR(100)  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    note       VARCHAR(500),
    CONSTRAINT story_revision_number_uq UNIQUE (story_id, number)
);

CREATE TABLE staff_user (
    id            UUID         PRIMARY KEY,
    username      VARCHAR(100) NOT NULL UNIQUE,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    roles         VARCHAR(200) NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL
);

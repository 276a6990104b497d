-- Media library: one row per original (content-addressed file in MediaStorage), people shown, story lead image and gallery.
-- Runs unchanged on PostgreSQL 15 and H2 (MODE=PostgreSQL).

CREATE TABLE media_asset (
    id                UUID          PRIMARY KEY,
    content_hash      VARCHAR(64)   NOT NULL UNIQUE,
    format            VARCHAR(8)    NOT NULL,
    size_bytes        BIGINT        NOT NULL,
    width             INTEGER       NOT NULL,
    height            INTEGER       NOT NULL,
    original_filename VARCHAR(300),
    alt_text          VARCHAR(500),
    caption           VARCHAR(2000),
    credit            VARCHAR(300),
    copyright_holder  VARCHAR(300),
    focal_x           DOUBLE PRECISION NOT NULL,
    focal_y           DOUBLE PRECISION NOT NULL,
    -- camera, capture time, GPS of the original as uploaded: shown to administrators only, never published
    original_metadata VARCHAR(20000),
    uploaded_by       VARCHAR(100)  NOT NULL,
    uploaded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL
);
CREATE INDEX media_asset_uploaded_idx ON media_asset (uploaded_at);

CREATE TABLE media_asset_person (
    media_asset_id UUID NOT NULL REFERENCES media_asset (id),
    alumnus_id     UUID NOT NULL REFERENCES alumnus (id),
    PRIMARY KEY (media_asset_id, alumnus_id)
);
CREATE INDEX media_asset_person_alumnus_idx ON media_asset_person (alumnus_id);

-- The images of a story: its own small aggregate (the story aggregate does not change when a photo is swapped).
CREATE TABLE story_images (
    story_id      UUID   PRIMARY KEY REFERENCES story (id),
    lead_media_id UUID   REFERENCES media_asset (id),
    version       BIGINT NOT NULL
);
CREATE INDEX story_images_lead_idx ON story_images (lead_media_id);

CREATE TABLE story_gallery_image (
    story_id       UUID    NOT NULL REFERENCES story_images (story_id),
    position       INTEGER NOT NULL,
    media_asset_id UUID    NOT NULL REFERENCES media_asset (id),
    PRIMARY KEY (story_id, position)
);
CREATE INDEX story_gallery_image_media_idx ON story_gallery_image (media_asset_id);

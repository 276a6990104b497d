-- Who downloaded which story's press kit, and when: journalists whose kit lost its consent see a takedown notice.
CREATE TABLE press_kit_download (
    id            UUID          PRIMARY KEY,
    story_id      UUID          NOT NULL,
    username      VARCHAR(100)  NOT NULL,
    downloaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX press_kit_download_user_idx ON press_kit_download (username, downloaded_at);
CREATE INDEX press_kit_download_story_idx ON press_kit_download (story_id);

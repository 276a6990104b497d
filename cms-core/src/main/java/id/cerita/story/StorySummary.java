package id.cerita.story;

import java.time.Instant;

import id.cerita.common.StoryId;

/** A row of the story list. */
public record StorySummary(StoryId id, String slug, Language language, String title, StoryStatus status, boolean live,
        String regionCode, String regionName, String provinceName, String author, String lastEditor,
        Instant updatedAt, Instant publishedAt, long version) {
}

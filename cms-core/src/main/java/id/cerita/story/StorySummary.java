package id.cerita.story;

import id.cerita.common.StoryId;
import java.time.Instant;

/** A row of the story list. */
public record StorySummary(StoryId id, String slug, Language language, String title, StoryStatus status, boolean live,
        String regionCode, String regionName, String provinceName, String author, String lastEditor,
        Instant updatedAt, Instant publishedAt, long version) {
}

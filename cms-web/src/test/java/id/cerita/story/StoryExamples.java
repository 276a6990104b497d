package id.cerita.story;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.test.util.ReflectionTestUtils;

/**
 * Story aggregates for web slices, whose mocked services hand them to the controllers: built through the aggregate's
 * own steps (which live in this package), with the version a stored story would have.
 */
public final class StoryExamples {

    public static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");

    private StoryExamples() {
    }

    public static StoryContent content(String title) {
        return new StoryContent(Language.ID, title, null, "Ringkasan", "Paragraf satu.\n\nParagraf dua.", null,
                "75.71", null, Set.of(), Set.of(), List.of(), List.of(), List.of());
    }

    /** A draft by {@code author}, stored at {@code version}. */
    public static Story draft(String title, String author, long version) {
        Story story = Story.draft(content(title), Slug.of(title), UUID.randomUUID(), author, NOW);
        ReflectionTestUtils.setField(story, "version", version);
        return story;
    }

    /** Written by sari, approved by budi and scheduled by him for {@code at} in {@code zone}. */
    public static Story scheduled(Instant at, ZoneId zone, long version) {
        Story story = draft("Vita membuka jasa rias di Gorontalo", "sari", version);
        story.submit("sari", NOW);
        story.approve("budi", NOW);
        story.schedule(at, zone, "budi", NOW);
        return story;
    }
}

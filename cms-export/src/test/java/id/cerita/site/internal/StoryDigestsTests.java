package id.cerita.site.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.cerita.region.Region;
import id.cerita.site.SiteStories;
import id.cerita.story.Language;
import id.cerita.story.StoryDetails;

class StoryDigestsTests {

    /** A StoryDigests after one export that held the story, and the digest the story got in it. */
    private record AfterOneExport(StoryDigests digests, byte[] first) {

        static AfterOneExport of(StoryDetails story) {
            StoryDigests digests = new StoryDigests();
            byte[] first = digests.of(story, List.of(), "Rina");
            digests.planned();
            return new AfterOneExport(digests, first);
        }
    }

    @Test
    void anUnchangedStoryKeepsItsDigestEvenWhenReadAgainIntoNewObjects() {
        StoryDetails story = SiteStories.story(1, Language.ID);
        AfterOneExport before = AfterOneExport.of(story);

        // what the application does: every export reads the stories from the database again
        StoryDetails readAgain = withBody(story, new String(story.body().toCharArray()), story.revision());
        assertThat(before.digests().of(readAgain, List.of(), "Rina")).isSameAs(before.first());
    }

    @Test
    void anEditGetsANewDigest() {
        StoryDetails story = SiteStories.story(1, Language.ID);
        AfterOneExport before = AfterOneExport.of(story);

        StoryDetails edited = SiteStories.edited(story, story.title(), story.body() + "\n\nPembaruan.");
        assertThat(before.digests().of(edited, List.of(), "Rina")).isNotEqualTo(before.first());
    }

    @Test
    void aChangeWithoutANewRevisionIsHashedAgain() {
        StoryDetails story = SiteStories.story(2, Language.ID);
        AfterOneExport before = AfterOneExport.of(story);
        StoryDigests digests = before.digests();
        byte[] first = before.first();

        assertThat(digests.of(withBody(story, story.body().replace('a', 'e'), story.revision()), List.of(), "Rina"))
            .isNotEqualTo(first);
        Region renamed = new Region(story.region().code(), story.region().name() + " Baru", story.region().type(),
                story.region().provinceCode(), story.region().tertinggal(), story.region().outermostIslands());
        assertThat(digests.of(withRegion(story, renamed), List.of(), "Rina")).isNotEqualTo(first);
        assertThat(digests.of(story, List.of(), "Rina Wulandari")).isNotEqualTo(first);
    }

    @Test
    void theSameStoryGivesTheSameDigestInAnotherBuilder() {
        StoryDetails story = SiteStories.story(3, Language.ID);
        assertThat(new StoryDigests().of(story, List.of(), "Rina"))
            .isEqualTo(new StoryDigests().of(story, List.of(), "Rina"));
    }

    private static StoryDetails withBody(StoryDetails s, String body, int revision) {
        return new StoryDetails(s.id(), s.slug(), s.language(), s.translationKey(), s.title(), s.summary(), body,
                revision, s.status(), s.live(), s.publishedAt(), s.updatedAt(), s.author(), s.region(), s.province(),
                s.themes(), s.courses(), s.person(), s.gathering(), s.quotes(), s.outcomes(), s.sources(),
                s.translations());
    }

    private static StoryDetails withRegion(StoryDetails s, Region region) {
        return new StoryDetails(s.id(), s.slug(), s.language(), s.translationKey(), s.title(), s.summary(), s.body(),
                s.revision(), s.status(), s.live(), s.publishedAt(), s.updatedAt(), s.author(), region, s.province(),
                s.themes(), s.courses(), s.person(), s.gathering(), s.quotes(), s.outcomes(), s.sources(),
                s.translations());
    }
}

package id.cerita.site.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.cerita.region.Region;
import id.cerita.site.SiteStories;
import id.cerita.story.Language;
import id.cerita.story.StoryDetails;

class StoryDigestsTests {

    @Test
    void anUnchangedStoryKeepsItsDigestEvenWhenReadAgainIntoNewObjects() {
        StoryDigests digests = new StoryDigests();
        StoryDetails story = SiteStories.story(1, Language.ID);
        byte[] first = digests.of(story, List.of(), "Rina");
        digests.planned();

        // what the application does: every export reads the stories from the database again
        StoryDetails readAgain = withBody(story, new String(story.body().toCharArray()), story.revision());
        assertThat(digests.of(readAgain, List.of(), "Rina")).isSameAs(first);
    }

    @Test
    void anEditGetsANewDigest() {
        StoryDigests digests = new StoryDigests();
        StoryDetails story = SiteStories.story(1, Language.ID);
        byte[] first = digests.of(story, List.of(), "Rina");
        digests.planned();

        StoryDetails edited = SiteStories.edited(story, story.title(), story.body() + "\n\nPembaruan.");
        assertThat(digests.of(edited, List.of(), "Rina")).isNotEqualTo(first);
    }

    @Test
    void aChangeWithoutANewRevisionIsHashedAgain() {
        StoryDigests digests = new StoryDigests();
        StoryDetails story = SiteStories.story(2, Language.ID);
        byte[] first = digests.of(story, List.of(), "Rina");
        digests.planned();

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

package id.cerita.site.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.cerita.site.SiteStories;
import id.cerita.story.Language;
import id.cerita.story.StoryDetails;

class BodyDigestsTests {

    @Test
    void anUnchangedBodyKeepsItsDigestAndAChangedOneGetsANewOne() {
        BodyDigests digests = new BodyDigests();
        StoryDetails story = SiteStories.story(1, Language.ID);
        byte[] first = digests.of(story);
        digests.planned();

        assertThat(digests.of(story)).isSameAs(first);
        StoryDetails edited = SiteStories.edited(story, story.title(), story.body() + "\n\nPembaruan.");
        assertThat(digests.of(edited)).isNotEqualTo(first);
    }

    @Test
    void aBodyChangedWithoutANewRevisionIsHashedAgain() {
        BodyDigests digests = new BodyDigests();
        StoryDetails story = SiteStories.story(2, Language.ID);
        byte[] first = digests.of(story);
        digests.planned();
        StoryDetails sameRevision = new StoryDetails(story.id(), story.slug(), story.language(), story.translationKey(),
                story.title(), story.summary(), story.body().replace('a', 'e'), story.revision(), story.status(),
                story.live(), story.publishedAt(), story.updatedAt(), story.author(), story.region(), story.province(),
                story.themes(), story.courses(), story.person(), story.gathering(), story.quotes(), story.outcomes(),
                story.sources(), story.translations());

        assertThat(digests.of(sameRevision)).isNotEqualTo(first);
    }

    @Test
    void theSameBodyGivesTheSameDigestInAnotherBuilder() {
        StoryDetails story = SiteStories.story(3, Language.ID);
        assertThat(new BodyDigests().of(story)).isEqualTo(new BodyDigests().of(story));
    }
}

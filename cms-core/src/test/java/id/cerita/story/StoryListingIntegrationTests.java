package id.cerita.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import id.cerita.alumni.Alumni;
import id.cerita.coretest.CoreTestApplication;
import id.cerita.course.Courses;

/**
 * The staff story list's filters and its total, on H2 and on PostgreSQL by the two subclasses. Every story here gets
 * a title word of its own (the text filter), so stories of other tests in the same database never count.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@WithMockUser(username = "system", roles = "SYSTEM")
abstract class StoryListingIntegrationTests {

    StoryListing listing;
    StoryFixtures fixtures;
    String word;

    @BeforeEach
    void wire(@Autowired Stories stories, @Autowired StoryListing listing, @Autowired Courses courses,
            @Autowired Alumni alumni) {
        this.listing = listing;
        this.fixtures = new StoryFixtures(stories, courses, alumni);
        this.word = "kata" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void matchesAThemeAndItsNarrowerThemesCountingAStoryWithBothOnce() {
        Story both = draft("Rias pengantin", "75.71", Set.of("kecantikan", "tata-rias"));
        Story narrower = draft("Rias wisuda", "75.71", Set.of("tata-rias"));
        Story broad = draft("Perawatan kulit", "75.71", Set.of("kecantikan"));
        draft("Donat kentang", "75.71", Set.of("kuliner"));

        StoryPage beauty = listing.page(filter(null, "kecantikan"), 0, 20);
        StoryPage makeup = listing.page(filter(null, "tata-rias"), 0, 20);

        assertThat(beauty.items()).extracting(StorySummary::id)
            .containsExactlyInAnyOrder(both.id(), narrower.id(), broad.id());
        assertThat(beauty.total()).isEqualTo(3);
        assertThat(makeup.items()).extracting(StorySummary::id).containsExactlyInAnyOrder(both.id(), narrower.id());
        assertThat(makeup.total()).isEqualTo(2);
    }

    @Test
    void narrowsByProvinceOrRegencyWithATotalThatAgreesWithThePages() {
        Story gorontalo = draft("Kopi pinogu", "75.71", Set.of("kuliner"));
        Story boalemo = draft("Kopi boalemo", "75.01", Set.of("kuliner"));
        draft("Kopi kerinci", "15.71", Set.of("kuliner"));

        StoryPage province = listing.page(filter("75", null), 0, 1);
        StoryPage secondPage = listing.page(filter("75", null), 1, 1);
        StoryPage regency = listing.page(filter("75.01", null), 0, 20);

        assertThat(province.total()).isEqualTo(2);
        assertThat(province.items()).extracting(StorySummary::id).containsExactly(boalemo.id());
        assertThat(secondPage.items()).extracting(StorySummary::id).containsExactly(gorontalo.id());
        assertThat(province.items()).allSatisfy(s -> assertThat(s.provinceName()).isEqualTo("Gorontalo"));
        assertThat(regency.items()).extracting(StorySummary::id).containsExactly(boalemo.id());
        assertThat(regency.total()).isEqualTo(1);
    }

    @Test
    void findsTitleTextWhateverItsCase() {
        Story story = draft("Batik Tulis", "15.71", Set.of("kerajinan"));

        StoryPage page = listing.page(new StoryFilter(null, null, null, null, null, "BATIK TULIS " + word.toUpperCase()),
                0, 20);

        assertThat(page.items()).extracting(StorySummary::id).containsExactly(story.id());
        assertThat(page.total()).isEqualTo(1);
    }

    private Story draft(String title, String regionCode, Set<String> themes) {
        StoryContent c = fixtures.content(title + " " + word);
        return fixtures.aDraft(new StoryContent(c.language(), c.title(), null, c.summary(), c.body(), c.alumnusId(),
                regionCode, null, c.courseIds(), themes, c.quotes(), c.outcomes(), c.sources()));
    }

    private StoryFilter filter(String regionCode, String themeCode) {
        return new StoryFilter(null, regionCode, themeCode, null, null, word);
    }
}

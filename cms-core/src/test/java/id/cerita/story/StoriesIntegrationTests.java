package id.cerita.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.security.test.context.support.WithMockUser;

import id.cerita.alumni.Alumni;
import id.cerita.alumni.ConsentScope;
import id.cerita.common.InvalidFieldException;
import id.cerita.common.StoryId;
import id.cerita.coretest.CoreTestApplication;
import id.cerita.course.Courses;
import id.cerita.region.RegionCode;
import id.cerita.region.Regions;
import id.cerita.revision.Revisions;

/**
 * The story domain against a real database; run on H2 and on PostgreSQL by the two subclasses. Signed in as the
 * system: who may do what is the subject of WorkflowIntegrationTests and MethodSecurityTests.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@WithMockUser(username = "system", roles = "SYSTEM")
abstract class StoriesIntegrationTests {

    Stories stories;
    StoryListing listing;
    StoryReader reader;
    Revisions revisions;
    Regions regions;
    StoryFixtures fixtures;

    @BeforeEach
    void wire(@Autowired Stories stories, @Autowired StoryListing listing, @Autowired StoryReader reader,
            @Autowired Revisions revisions, @Autowired Regions regions, @Autowired Courses courses,
            @Autowired Alumni alumni) {
        this.stories = stories;
        this.listing = listing;
        this.reader = reader;
        this.revisions = revisions;
        this.regions = regions;
        this.fixtures = new StoryFixtures(stories, courses, alumni);
    }

    @Test
    void loadsEveryProvinceAndRegencyWithTheirFlags() {
        assertThat(regions.provinces()).hasSize(38);
        assertThat(regions.count()).isEqualTo(38 + 514);
        assertThat(regions.find(RegionCode.of("13.09")).orElseThrow().tertinggal()).as("Kepulauan Mentawai").isTrue();
        assertThat(regions.find(RegionCode.of("75.71")).orElseThrow().tertinggal()).as("Kota Gorontalo").isFalse();
        assertThat(regions.regenciesOf(RegionCode.of("75"))).extracting(r -> r.shortName())
            .contains("Gorontalo", "Pohuwato", "Boalemo", "Bone Bolango", "Gorontalo Utara");
    }

    @Test
    void createsADraftWithAReadableSlugAndItsFirstRevision() {
        Story story = fixtures.aDraft("Kisah Vita: Penata Rias dari Gorontalo");

        assertThat(story.slug().value()).isEqualTo("kisah-vita-penata-rias-dari-gorontalo");
        assertThat(story.status()).isEqualTo(StoryStatus.DRAFT);
        assertThat(revisions.history(story.id())).singleElement().satisfies(r -> assertThat(r.number()).isEqualTo(1));
        assertThat(stories.require(story.id()).themeCodes()).containsExactlyInAnyOrder("tata-rias", "pemasaran-digital");
    }

    @Test
    void keepsAScheduleInItsZoneAndAnEmbargoAcrossSavesUntilTheyAreLifted() {
        Story story = fixtures.anApprovedStory(fixtures.content("Jadwal terbit Donat Aidoo"));
        java.time.ZoneId makassar = java.time.ZoneId.of("Asia/Makassar");
        java.time.LocalDateTime nineTomorrow = java.time.LocalDate.now(makassar).plusDays(1).atTime(9, 0);
        stories.schedule(story.id(), nineTomorrow, makassar, StoryFixtures.EDITOR);
        java.time.Instant until = java.time.Instant.now().plus(java.time.Duration.ofDays(3))
            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        stories.embargo(story.id(), until, StoryFixtures.EDITOR);

        Story read = stories.require(story.id());
        assertThat(read.scheduledAt()).isEqualTo(nineTomorrow.atZone(makassar).toInstant());
        assertThat(read.scheduleZone()).isEqualTo(makassar);
        assertThat(read.embargoUntil()).isEqualTo(until);
        assertThat(read.embargoedAt(java.time.Instant.now())).isTrue();

        stories.unschedule(story.id(), StoryFixtures.EDITOR);
        stories.liftEmbargo(story.id(), StoryFixtures.EDITOR, "Rilis dimajukan");
        Story lifted = stories.require(story.id());
        assertThat(lifted.scheduledAt()).isNull();
        assertThat(lifted.scheduleZone()).isNull();
        assertThat(lifted.embargoUntil()).isNull();
        assertThat(lifted.status()).isEqualTo(StoryStatus.APPROVED);
    }

    @Test
    void givesASecondStoryWithTheSameTitleTheNextFreeSlug() {
        fixtures.aDraft("Donat Aidoo di Kota Jambi");
        Story second = fixtures.aDraft("Donat Aidoo di Kota Jambi");

        assertThat(second.slug().value()).isEqualTo("donat-aidoo-di-kota-jambi-2");
    }

    @Test
    void rejectsAnUnknownRegionAndWritesNothing() {
        StoryContent content = fixtures.content("Cerita tanpa wilayah");
        StoryContent unknownRegion = new StoryContent(content.language(), content.title(), null, content.summary(),
                content.body(), content.alumnusId(), "99.99", null, content.courseIds(), content.themeCodes(),
                content.quotes(), content.outcomes(), content.sources());
        long before = listing.page(StoryFilter.none(), 0, 10).total();

        assertThatThrownBy(() -> stories.create(unknownRegion, null, StoryFixtures.WRITER))
            .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("regionCode"));
        assertThat(listing.page(StoryFilter.none(), 0, 10).total()).isEqualTo(before);
    }

    @Test
    void rejectsASlugAlreadyTaken() {
        Story first = fixtures.aDraft("Fitri dan Lavlenala Craft");
        StoryContent content = fixtures.content("Judul lain");
        StoryContent sameSlug = new StoryContent(content.language(), content.title(), first.slug().value(),
                content.summary(), content.body(), content.alumnusId(), content.regionCode(), null,
                content.courseIds(), content.themeCodes(), content.quotes(), content.outcomes(), content.sources());

        assertThatThrownBy(() -> stories.create(sameSlug, null, StoryFixtures.WRITER))
            .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.code()).isEqualTo("slug.taken"));
    }

    @Test
    void rejectsASaveFromAnOldVersionAndKeepsTheOtherEditorsText() {
        Story story = fixtures.aDraft("Mesra dan kameranya");
        long version = story.version();
        StoryContent first = withBody(story.content(), "Suntingan pertama.");
        StoryContent second = withBody(story.content(), "Suntingan kedua.");

        stories.save(story.id(), version, first, "sari");

        assertThatThrownBy(() -> stories.save(story.id(), version, second, "rina"))
            .isInstanceOfSatisfying(StaleStoryException.class,
                    e -> assertThat(e.current().body()).isEqualTo("Suntingan pertama."));
        assertThat(stories.require(story.id()).body()).isEqualTo("Suntingan pertama.");
        assertThat(revisions.history(story.id())).hasSize(2);
    }

    @Test
    void twoConcurrentSavesFromTheSameVersionGiveOneConflictAndLoseNoText() throws Exception {
        Story story = fixtures.aDraft("Makbul, dari Sigi ke dunia IT");
        long version = story.version();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(2));
        List<Future<Story>> results = new ArrayList<>();
        for (String body : List.of("Versi A", "Versi B")) {
            results.add(pool.submit(() -> {
                start.await();
                return stories.save(story.id(), version, withBody(story.content(), body), "editor-" + body);
            }));
        }
        start.countDown();
        int saved = 0;
        int conflicts = 0;
        String winner = null;
        for (Future<Story> result : results) {
            try {
                winner = result.get(30, TimeUnit.SECONDS).body();
                saved++;
            }
            catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOfAny(StaleStoryException.class, OptimisticLockingFailureException.class);
                conflicts++;
            }
        }
        pool.shutdown();

        assertThat(saved).isEqualTo(1);
        assertThat(conflicts).isEqualTo(1);
        assertThat(stories.require(story.id()).body()).isEqualTo(winner);
    }

    @Test
    void neverLetsTheAuthorApproveTheirOwnStory() {
        Story story = fixtures.aDraft("Yeni, kapten Tanjab Barat");
        stories.submit(story.id(), StoryFixtures.WRITER);

        assertThatThrownBy(() -> stories.approve(story.id(), StoryFixtures.WRITER))
            .isInstanceOf(WorkflowViolationException.class);
        assertThat(stories.require(story.id()).status()).isEqualTo(StoryStatus.IN_REVIEW);
    }

    @Test
    void keepsThePublishedTextPublicWhileACorrectionIsInReview() {
        Story story = fixtures.aPublishedStory("Amir dan rumah makan khas Aceh");
        Story corrected = stories.save(story.id(), story.version(),
                withBody(story.content(), "Teks koreksi yang belum disetujui."), "rina");

        assertThat(corrected.status()).isEqualTo(StoryStatus.DRAFT);
        assertThat(corrected.live()).isTrue();
        assertThat(reader.published(story.id(), Audience.PUBLIC_SITE).orElseThrow().body())
            .isEqualTo(story.body());
    }

    @Test
    void withholdsAStoryFromThePressWhenThePersonGaveNoPressConsent() {
        StoryContent content = fixtures.content("Hujaipah dan Donat Aidoo");
        StoryContent websiteOnly = new StoryContent(content.language(), content.title(), null, content.summary(),
                content.body(), fixtures.anAlumnusWithConsent(EnumSet.of(ConsentScope.NAME, ConsentScope.WEBSITE)),
                StoryFixtures.KOTA_JAMBI, null, content.courseIds(), content.themeCodes(), content.quotes(),
                content.outcomes(), content.sources());
        Story story = stories.create(websiteOnly, null, StoryFixtures.WRITER);
        stories.submit(story.id(), StoryFixtures.WRITER);
        stories.approve(story.id(), StoryFixtures.EDITOR);
        stories.publish(story.id(), StoryFixtures.EDITOR);

        assertThat(reader.published(story.id(), Audience.PUBLIC_SITE)).isPresent();
        assertThat(reader.published(story.id(), Audience.PRESS)).isEmpty();
    }

    @Test
    void listsStoriesByProvinceAndThemeNewestFirst() {
        Story older = fixtures.aDraft("Cerita Gorontalo pertama");
        Story newer = fixtures.aDraft("Cerita Gorontalo kedua");

        StoryPage page = listing.page(new StoryFilter(null, "75", "kecantikan", null, null, "gorontalo"), 0, 50);

        assertThat(page.items()).extracting(StorySummary::id).containsSubsequence(newer.id(), older.id());
        assertThat(page.items()).allSatisfy(s -> assertThat(s.provinceName()).isEqualTo("Gorontalo"));
    }

    @Test
    void linksATranslationToItsOriginal() {
        Story original = fixtures.aDraft("Mesra, fotografer dari Mentawai");
        StoryContent c = fixtures.content("Mesra, a photographer from Mentawai");
        StoryContent english = new StoryContent(Language.EN, c.title(), null, c.summary(), c.body(), c.alumnusId(),
                c.regionCode(), null, c.courseIds(), c.themeCodes(), c.quotes(), c.outcomes(), c.sources());

        Story translation = stories.create(english, original.id(), StoryFixtures.WRITER);

        assertThat(stories.translationsOf(original)).extracting(Story::id).containsExactly(translation.id());
        assertThatThrownBy(() -> stories.create(english, original.id(), StoryFixtures.WRITER))
            .isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void readsManyPublishedStoriesAtOnceExactlyAsOneByOneUnderTheSameRule() {
        Story corrected = fixtures.aPublishedStory("Amir dan rumah makan khas Aceh");
        stories.save(corrected.id(), corrected.version(), withBody(corrected.content(), "Koreksi belum disetujui."),
                "rina");
        Story original = fixtures.aPublishedStory("Mesra, fotografer dari Mentawai");
        StoryContent c = fixtures.content("Mesra, a photographer from Mentawai");
        Story english = stories.create(new StoryContent(Language.EN, c.title(), null, c.summary(), c.body(),
                c.alumnusId(), c.regionCode(), null, c.courseIds(), c.themeCodes(), c.quotes(), c.outcomes(),
                c.sources()), original.id(), StoryFixtures.WRITER);
        stories.submit(english.id(), StoryFixtures.WRITER);
        stories.approve(english.id(), StoryFixtures.EDITOR);
        stories.publish(english.id(), StoryFixtures.EDITOR);
        StoryContent w = fixtures.content("Hujaipah dan Donat Aidoo");
        Story websiteOnly = fixtures.aPublishedStory(new StoryContent(w.language(), w.title(), null, w.summary(),
                w.body(), fixtures.anAlumnusWithConsent(EnumSet.of(ConsentScope.NAME, ConsentScope.WEBSITE)),
                StoryFixtures.KOTA_JAMBI, null, w.courseIds(), w.themeCodes(), w.quotes(), w.outcomes(), w.sources()));
        Story embargoed = fixtures.aPublishedStory("Fitri merangkai bunga di Lubuklinggau");
        stories.embargo(embargoed.id(), java.time.Instant.now().plus(java.time.Duration.ofDays(2)), StoryFixtures.EDITOR);
        Story draft = fixtures.aDraft("Yeni, kapten Tanjab Barat");
        List<StoryId> ids = List.of(embargoed.id(), english.id(), corrected.id(), draft.id(),
                websiteOnly.id(), original.id(), StoryId.random());

        for (Audience audience : Audience.values()) {
            List<StoryDetails> oneByOne = ids.stream().map(id -> reader.published(id, audience))
                .flatMap(java.util.Optional::stream).toList();

            assertThat(reader.publishedAll(ids, audience)).as(audience.name()).usingRecursiveComparison()
                .isEqualTo(oneByOne);
        }
        assertThat(reader.publishedAll(ids, Audience.PUBLIC_SITE)).extracting(StoryDetails::id)
            .containsExactly(english.id(), corrected.id(), websiteOnly.id(), original.id());
        assertThat(reader.workingAll(ids)).usingRecursiveComparison()
            .isEqualTo(ids.stream().map(reader::working).flatMap(java.util.Optional::stream).toList());
        assertThat(reader.workingAll(ids)).extracting(StoryDetails::id).containsExactly(embargoed.id(), english.id(),
                corrected.id(), draft.id(), websiteOnly.id(), original.id());
        assertThat(reader.workingAll(List.of(corrected.id())).getFirst().body()).isEqualTo("Koreksi belum disetujui.");
        assertThat(reader.publishedAll(ids, Audience.PRESS)).extracting(StoryDetails::id)
            .containsExactly(english.id(), corrected.id(), original.id());
        StoryDetails mesra = reader.publishedAll(List.of(original.id()), Audience.PUBLIC_SITE).getFirst();
        assertThat(mesra.translations()).extracting(StoryDetails.Translation::id).containsExactly(english.id());
        assertThat(mesra.quotes()).isEqualTo(c.quotes());
        assertThat(mesra.outcomes()).isEqualTo(c.outcomes());
        assertThat(mesra.sources()).isEqualTo(c.sources());
        assertThat(reader.publishedAll(List.of(corrected.id()), Audience.PUBLIC_SITE).getFirst().body())
            .isEqualTo(corrected.body());
    }

    static StoryContent withBody(StoryContent c, String body) {
        return new StoryContent(c.language(), c.title(), c.slug(), c.summary(), body, c.alumnusId(), c.regionCode(),
                c.gatheringId(), c.courseIds(), c.themeCodes(), c.quotes(), c.outcomes(), c.sources());
    }
}

package id.cerita.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.crypto.password.PasswordEncoder;

import id.cerita.alumni.Alumni;
import id.cerita.alumni.Alumnus;
import id.cerita.alumni.ConsentScope;
import id.cerita.coretest.CoreTestApplication;
import id.cerita.course.Courses;
import id.cerita.gathering.Gatherings;
import id.cerita.story.Language;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.story.StoryContent;
import id.cerita.story.StoryDetails;
import id.cerita.story.StoryFilter;
import id.cerita.story.StoryListing;
import id.cerita.story.StoryReader;
import id.cerita.story.StoryStatus;
import id.cerita.story.SyntheticStories;
import id.cerita.user.StaffUsers;

/** The demo content loaded at start through the real services; run on H2 and on PostgreSQL by the subclasses. */
@SpringBootTest(classes = CoreTestApplication.class,
        properties = { "cerita.demo.enabled=true", "cerita.demo.password=" + DemoLoaderIntegrationTests.PASSWORD })
abstract class DemoLoaderIntegrationTests {

    static final String PASSWORD = "demo-sandi-2024";
    private static final List<String> AUTHORS = List.of("sari", "rina", "budi", "dewi");

    DemoLoader loader;
    Stories stories;
    StoryReader reader;
    StoryListing listing;
    Courses courses;
    Gatherings gatherings;
    Alumni alumni;
    StaffUsers users;
    PasswordEncoder passwordEncoder;
    Clock clock;

    /** Injected into the method, not the fields (Modulith prefers it, and so do we). */
    @BeforeEach
    void wire(@Autowired DemoLoader loader, @Autowired Stories stories, @Autowired StoryReader reader,
            @Autowired StoryListing listing, @Autowired Courses courses, @Autowired Gatherings gatherings,
            @Autowired Alumni alumni, @Autowired StaffUsers users, @Autowired PasswordEncoder passwordEncoder,
            @Autowired Clock clock) {
        this.loader = loader;
        this.stories = stories;
        this.reader = reader;
        this.listing = listing;
        this.courses = courses;
        this.gatherings = gatherings;
        this.alumni = alumni;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    private final DemoContent content = DemoContent.fromClasspath();

    @Test
    void readsAtLeastFourteenIndonesianStoriesAndFourTranslations() {
        assertThat(content.stories()).filteredOn(s -> "id".equals(s.language())).hasSizeGreaterThanOrEqualTo(14);
        assertThat(content.stories()).filteredOn(s -> "en".equals(s.language())).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void loadsEveryProviderCourseMeetingAlumnusAndStory() {
        assertThat(courses.providers()).extracting(p -> p.slug())
            .containsAll(content.providers().stream().map(DemoContent.Provider::key).toList());
        assertThat(courses.courses()).extracting(c -> c.slug())
            .containsAll(content.courses().stream().map(DemoContent.Course::key).toList());
        assertThat(gatherings.all()).extracting(g -> g.slug())
            .containsExactlyInAnyOrderElementsOf(content.events().stream().map(DemoContent.Event::key).toList());
        assertThat(alumni.all()).extracting(Alumnus::fullName)
            .containsExactlyInAnyOrderElementsOf(content.alumni().stream().map(DemoContent.Alumnus::name).toList());
        assertThat(demoStories(null)).isEqualTo(content.stories().size());
        for (StoryStatus status : List.of(StoryStatus.PUBLISHED, StoryStatus.IN_REVIEW, StoryStatus.DRAFT)) {
            long inFiles = content.stories().stream().filter(s -> s.status().equals(status.name())).count();
            assertThat(demoStories(status)).as(status.name()).isEqualTo(inFiles);
        }
        assertThat(content.stories()).as("work left for the workflow")
            .filteredOn(s -> !s.published()).hasSizeBetween(2, 3);
    }

    @Test
    void linksEveryStoryToItsCoursesProvidersCohortRegionAndMeeting() {
        Map<String, DemoContent.Course> coursesByKey = byKey(content.courses(), DemoContent.Course::key);
        Map<String, DemoContent.Provider> providersByKey = byKey(content.providers(), DemoContent.Provider::key);
        Map<String, DemoContent.Alumnus> alumniByKey = byKey(content.alumni(), DemoContent.Alumnus::key);

        for (DemoContent.Story file : content.stories()) {
            Story story = stories.bySlug(file.slug()).orElseThrow(() -> new AssertionError("missing " + file.file()));
            StoryDetails details = reader.working(story.id()).orElseThrow();

            assertThat(details.region().regionCode().value()).as(file.file()).isEqualTo(file.region());
            assertThat(details.province()).as(file.file()).isNotNull();
            assertThat(details.courses()).as(file.file()).hasSameSizeAs(file.courses());
            for (StoryDetails.CourseOffer offer : details.courses()) {
                DemoContent.Course course = coursesByKey.get(offer.course().slug());
                assertThat(file.courses()).as(file.file()).contains(course.key());
                assertThat(offer.provider().name()).isEqualTo(providersByKey.get(course.provider()).name());
            }
            if (file.alumnus() != null) {
                DemoContent.Alumnus alumnus = alumniByKey.get(file.alumnus());
                assertThat(details.person().name()).as(file.file()).isEqualTo(alumnus.name());
                assertThat(details.person().cohort()).as(file.file()).isEqualTo(alumnus.cohort());
                assertThat(details.courses()).as("an alumnus story names the training: " + file.file()).isNotEmpty();
            }
            assertThat(details.gathering().slug()).as(file.file()).isEqualTo(file.event());
            assertThat(details.themes()).extracting(t -> t.code()).containsExactlyInAnyOrderElementsOf(file.themes());
            assertThat(details.quotes()).hasSameSizeAs(file.quotes());
            assertThat(details.outcomes()).hasSameSizeAs(file.outcomes());
            assertThat(details.sources()).hasSameSizeAs(file.sources());
            assertThat(details.author()).isEqualTo(file.author());
            assertThat(details.status().name()).as(file.file()).isEqualTo(file.status());
            if (file.published()) {
                assertThat(details.live()).isTrue();
                assertThat(details.publishedAt()).as(file.file()).isEqualTo(file.publishedAt().toInstant());
            }
        }
    }

    @Test
    void linksTheEnglishVersionsToTheirIndonesianOriginals() {
        for (DemoContent.Story file : content.stories().stream().filter(s -> "en".equals(s.language())).toList()) {
            Story english = stories.bySlug(file.slug()).orElseThrow();
            assertThat(english.language()).isEqualTo(Language.EN);
            assertThat(stories.translationsOf(english)).as(file.file()).singleElement()
                .satisfies(original -> assertThat(original.language()).isEqualTo(Language.ID));
        }
    }

    @Test
    void keepsTheConsentLimitsOfTheDemoAlumni() {
        Alumnus yeni = alumnus("Yeni");
        LocalDate given = yeni.consents().getFirst().givenOn();
        assertThat(yeni.consentedScopesOn(given)).contains(ConsentScope.WEBSITE).doesNotContain(ConsentScope.PRESS);
        LocalDate today = LocalDate.now(clock);
        Alumnus amir = alumnus("Amiruddin");
        assertThat(amir.consents()).singleElement()
            .satisfies(c -> assertThat(c.expiresOn()).isBetween(today.plusDays(44), today.plusDays(45)));
        assertThat(amir.consentedScopesOn(today)).contains(ConsentScope.PRESS);
        assertThat(amir.consentedScopesOn(today.plusDays(46))).isEmpty();
    }

    @Test
    void createsOneAccountPerRoleWithTheConfiguredPassword() {
        for (DemoUsers.Account account : DemoUsers.ACCOUNTS) {
            var user = users.require(account.username());
            assertThat(user.roles()).isEqualTo(account.roles());
            assertThat(passwordEncoder.matches(PASSWORD, user.passwordHash())).as(account.username()).isTrue();
        }
    }

    @Test
    void createsNothingWhenRunAgain() {
        long before = demoStories(null);

        DemoLoad again = loader.load();

        assertThat(again.createdNothing()).as(again.created().toString()).isTrue();
        assertThat(demoStories(null)).isEqualTo(before);
        assertThat(alumni.all()).hasSize(content.alumni().size());
    }

    @Test
    @WithMockUser(username = "bench", roles = "WRITER")
    void acceptsSyntheticStoriesNamingTheDemoCourses() {
        List<StoryContent> synthetic = SyntheticStories.fromSharedFiles(11).withCourses(courses.courses()).take(5);

        for (StoryContent content : synthetic) {
            Story story = stories.create(content, null, "bench");
            StoryDetails details = reader.working(story.id()).orElseThrow();
            assertThat(details.courses()).isNotEmpty().allSatisfy(o -> assertThat(o.provider()).isNotNull());
            assertThat(details.body()).isEqualTo(content.body());
        }
    }

    private long demoStories(StoryStatus status) {
        return AUTHORS.stream()
            .mapToLong(author -> listing.page(new StoryFilter(status, null, null, null, author, null), 0, 1).total())
            .sum();
    }

    private Alumnus alumnus(String name) {
        return alumni.all().stream().filter(a -> a.fullName().equals(name)).findFirst().orElseThrow();
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity()));
    }
}

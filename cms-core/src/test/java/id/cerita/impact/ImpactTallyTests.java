package id.cerita.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.cerita.alumni.ConsentScope;
import id.cerita.common.AlumnusId;
import id.cerita.common.StoryId;
import id.cerita.course.Delivery;
import id.cerita.course.SkillType;
import id.cerita.course.TrainingCourse;
import id.cerita.course.TrainingProvider;
import id.cerita.region.Region;
import id.cerita.region.RegionType;
import id.cerita.story.Language;
import id.cerita.story.Outcome;
import id.cerita.story.OutcomeKind;
import id.cerita.story.StoryDetails;
import id.cerita.story.StoryDetails.CourseOffer;
import id.cerita.story.StoryDetails.Person;
import id.cerita.story.StoryStatus;

class ImpactTallyTests {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final Region JAMBI = new Region("15", "Jambi", RegionType.PROVINCE, null, false, 0);
    private static final Region KOTA_JAMBI = new Region("15.71", "Kota Jambi", RegionType.CITY, "15", false, 0);
    private static final Region GORONTALO = new Region("75", "Gorontalo", RegionType.PROVINCE, null, false, 0);
    private static final Region KOTA_GORONTALO = new Region("75.71", "Kota Gorontalo", RegionType.CITY, "75", false, 0);
    private static final TrainingProvider PROVIDER = TrainingProvider.register("maubelajarapa", "MauBelajarApa", null, null);
    private static final CourseOffer DONAT = new CourseOffer(TrainingCourse.offer("membuat-donat", "Membuat Donat",
            "kuliner", SkillType.HARD, Delivery.ONLINE, PROVIDER), PROVIDER);
    private static final Set<ConsentScope> FULL = Set.of(ConsentScope.NAME, ConsentScope.WEBSITE,
            ConsentScope.BUSINESS_DETAILS);

    private int made;

    @Test
    void aGroupOfTwoPeopleIsNeitherShownNorNamed() {
        List<StoryDetails> stories = new ArrayList<>();
        stories.add(story(KOTA_JAMBI, JAMBI, FULL, opened()));
        stories.add(story(KOTA_JAMBI, JAMBI, FULL, opened()));
        stories.add(story(KOTA_GORONTALO, GORONTALO, FULL, opened()));
        stories.add(story(KOTA_GORONTALO, GORONTALO, FULL, opened()));
        stories.add(story(KOTA_GORONTALO, GORONTALO, FULL, opened()));

        ImpactReport report = ImpactTally.of(stories, JAKARTA);

        ImpactBreakdown provinces = report.breakdown(ImpactDimension.PROVINCE);
        assertThat(provinces.rows()).extracting(ImpactRow::label).containsExactly("Gorontalo");
        assertThat(provinces.hiddenGroups()).isEqualTo(1);
        assertThat(report.overall().people()).isEqualTo(5);
        assertThat(report.overall().businessesOpened()).isEqualTo(5);
    }

    @Test
    void aFigureThatOnlyTwoPeopleReportedIsLeftOutEvenInAShownGroup() {
        List<StoryDetails> stories = List.of(story(KOTA_JAMBI, JAMBI, FULL, opened()),
                story(KOTA_JAMBI, JAMBI, FULL, opened()),
                story(KOTA_JAMBI, JAMBI, FULL, new Outcome(OutcomeKind.JOB_OBTAINED, "Bekerja", null, "wawancara")));

        ImpactFigures jambi = ImpactTally.of(stories, JAKARTA).breakdown(ImpactDimension.PROVINCE).rows().getFirst()
            .figures();

        assertThat(jambi.people()).isEqualTo(3);
        assertThat(jambi.businessesOpened()).as("two people opened a business").isNull();
        assertThat(jambi.jobsObtained()).isNull();
    }

    @Test
    void alumniWithoutWebsiteConsentAreNotCountedAndRevenueNeedsBusinessConsent() {
        Set<ConsentScope> noBusiness = Set.of(ConsentScope.NAME, ConsentScope.WEBSITE);
        List<StoryDetails> stories = List.of(
                story(KOTA_JAMBI, JAMBI, FULL, revenue(2_000_000, 6_000_000)),
                story(KOTA_JAMBI, JAMBI, FULL, revenue(0, 4_000_000)),
                story(KOTA_JAMBI, JAMBI, FULL, revenue(1_000_000, 10_000_000)),
                story(KOTA_JAMBI, JAMBI, noBusiness, revenue(50_000_000, 90_000_000)),
                story(KOTA_JAMBI, JAMBI, Set.of(ConsentScope.NAME, ConsentScope.PRESS), revenue(7, 9)));

        ImpactFigures overall = ImpactTally.of(stories, JAKARTA).overall();

        assertThat(overall.people()).as("the press-only alumnus is not counted in public figures").isEqualTo(4);
        assertThat(overall.revenueReported()).isEqualTo(3);
        assertThat(overall.revenueBeforeMedian()).isEqualTo(1_000_000L);
        assertThat(overall.revenueAfterMedian()).isEqualTo(6_000_000L);
    }

    @Test
    void anAlumnusWithATranslationAndASecondStoryCountsOnce() {
        AlumnusId alumnus = AlumnusId.random();
        List<StoryDetails> stories = List.of(story(alumnus, Language.ID, FULL, staff(0, 4)),
                story(alumnus, Language.EN, FULL, staff(0, 40)), story(alumnus, Language.ID, FULL, opened()),
                story(KOTA_JAMBI, JAMBI, FULL, staff(1, 3)), story(KOTA_JAMBI, JAMBI, FULL, staff(2, 5)));

        ImpactFigures overall = ImpactTally.of(stories, JAKARTA).overall();

        assertThat(overall.people()).isEqualTo(3);
        assertThat(overall.staffBefore()).isEqualTo(3L);
        assertThat(overall.staffAfter()).as("the Indonesian story's figure, not the translation's").isEqualTo(12L);
    }

    @Test
    void fewerThanThreeAlumniInAllGiveNoFigureAtAll() {
        ImpactReport report = ImpactTally.of(List.of(story(KOTA_JAMBI, JAMBI, FULL, opened()),
                story(KOTA_JAMBI, JAMBI, FULL, opened())), JAKARTA);

        assertThat(report.overall().shown()).isFalse();
        assertThat(report.breakdowns()).allSatisfy(b -> assertThat(b.rows()).isEmpty());
    }

    private static Outcome opened() {
        return new Outcome(OutcomeKind.BUSINESS_OPENED, "Membuka usaha", null, "wawancara");
    }

    private static Outcome revenue(long before, long after) {
        return new Outcome(OutcomeKind.MONTHLY_REVENUE, "Omzet per bulan", before, after, null, "wawancara");
    }

    private static Outcome staff(long before, long after) {
        return new Outcome(OutcomeKind.EMPLOYEES_HIRED, "Karyawan", before, after, null, "wawancara");
    }

    private StoryDetails story(Region region, Region province, Set<ConsentScope> consent, Outcome outcome) {
        return story(AlumnusId.random(), Language.ID, region, province, consent, outcome);
    }

    private StoryDetails story(AlumnusId alumnus, Language language, Set<ConsentScope> consent, Outcome outcome) {
        return story(alumnus, language, KOTA_GORONTALO, GORONTALO, consent, outcome);
    }

    private StoryDetails story(AlumnusId alumnus, Language language, Region region, Region province,
            Set<ConsentScope> consent, Outcome outcome) {
        Instant published = Instant.parse("2024-09-24T01:30:00Z").plusSeconds(made++);
        Person person = new Person(alumnus, "Alumni", 27, "Usaha", "Wirausaha", consent, LocalDate.of(2024, 9, 24));
        return new StoryDetails(StoryId.random(), "cerita-" + made, language, UUID.randomUUID(), "Judul", "Ringkas",
                "Isi", 1, StoryStatus.PUBLISHED, true, published, published, "sari", region, province, List.of(),
                List.of(DONAT), person, null, List.of(), List.of(outcome), List.of(), List.of());
    }
}

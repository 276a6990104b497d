package id.cerita.coretest;

import static id.cerita.story.StoryFixtures.ADMIN;
import static id.cerita.story.StoryFixtures.EDITOR;
import static id.cerita.story.StoryFixtures.WRITER;
import static id.cerita.story.StoryFixtures.as;
import static id.cerita.story.StoryFixtures.asSystem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import id.cerita.alumni.Alumni;
import id.cerita.alumni.ConsentScope;
import id.cerita.audit.AuditLog;
import id.cerita.audit.AuditQuery;
import id.cerita.common.AlumnusId;
import id.cerita.common.InvalidFieldException;
import id.cerita.course.Courses;
import id.cerita.revision.Revisions;
import id.cerita.revision.WordDiff;
import id.cerita.story.Audience;
import id.cerita.story.ScheduledPublishing;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.story.StoryContent;
import id.cerita.story.StoryEmbargoLifted;
import id.cerita.story.StoryFixtures;
import id.cerita.story.StoryReader;
import id.cerita.story.StoryStatus;
import id.cerita.story.StoryUnpublished;
import id.cerita.story.WorkflowViolationException;
import id.cerita.testsupport.MutableClock;
import id.cerita.testsupport.MutableClockConfiguration;
import id.cerita.user.Role;

/**
 * The editorial workflow with its people: four eyes, consent, schedules, embargoes, revisions, audit. Spans several
 * features, so it lives in the test application's package, outside every module.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@Import(MutableClockConfiguration.class)
@RecordApplicationEvents
abstract class WorkflowIntegrationTests {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    Stories stories;
    StoryReader reader;
    Alumni alumni;
    Revisions revisions;
    ScheduledPublishing scheduler;
    AuditLog audit;
    MutableClock clock;
    StoryFixtures fixtures;

    @BeforeEach
    void wire(@Autowired Stories stories, @Autowired StoryReader reader, @Autowired Alumni alumni,
            @Autowired Revisions revisions, @Autowired ScheduledPublishing scheduler, @Autowired AuditLog audit,
            @Autowired MutableClock clock, @Autowired Courses courses) {
        this.stories = stories;
        this.reader = reader;
        this.alumni = alumni;
        this.revisions = revisions;
        this.scheduler = scheduler;
        this.audit = audit;
        this.clock = clock;
        this.fixtures = new StoryFixtures(stories, courses, alumni);
    }

    @Test
    void rejectsApprovalByTheStorysOwnAuthorEvenWhenTheyAreAnEditor() {
        Story story = fixtures.aDraft("Yeni, kapten Tanjab Barat");
        as(WRITER, Role.WRITER, () -> stories.submit(story.id(), WRITER));

        assertThatThrownBy(() -> as(WRITER, Role.EDITOR, () -> stories.approve(story.id(), WRITER)))
            .isInstanceOfSatisfying(WorkflowViolationException.class,
                    e -> assertThat(e.code()).isEqualTo("approve.own-story"));
        assertThat(stories.require(story.id()).status()).isEqualTo(StoryStatus.IN_REVIEW);
    }

    @Test
    void letsNoWriterApproveAndNobodyActInSomeoneElsesName() {
        Story story = fixtures.aDraft("Amir dan rumah makan Aceh");
        as(WRITER, Role.WRITER, () -> stories.submit(story.id(), WRITER));

        assertThatThrownBy(() -> as("rina", Role.WRITER, () -> stories.approve(story.id(), "rina")))
            .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as("rina", Role.EDITOR, () -> stories.approve(story.id(), EDITOR)))
            .as("an editor signing as another editor").isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as("rina", Role.WRITER,
                () -> stories.save(story.id(), 0, story.content(), "rina")))
            .as("a writer editing someone else's story").isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> stories.approve(story.id(), EDITOR)).as("nobody signed in")
            .isInstanceOf(RuntimeException.class);
        assertThat(stories.require(story.id()).status()).isEqualTo(StoryStatus.IN_REVIEW);
    }

    @Test
    void refusesToPublishAStoryWhoseAlumnusHasNotConsentedToNameAndWebsite() {
        StoryContent pressOnly = withAlumnus(fixtures.content("Hujaipah dan Donat Aidoo"),
                fixtures.anAlumnusWithConsent(EnumSet.of(ConsentScope.NAME, ConsentScope.PRESS)));
        Story story = fixtures.anApprovedStory(pressOnly);

        assertThatThrownBy(() -> as(EDITOR, Role.EDITOR, () -> stories.publish(story.id(), EDITOR)))
            .isInstanceOfSatisfying(WorkflowViolationException.class,
                    e -> assertThat(e.code()).isEqualTo("publish.consent"));
        assertThatThrownBy(() -> as(EDITOR, Role.EDITOR,
                () -> stories.schedule(story.id(), LocalDateTime.now(clock).plusDays(1), JAKARTA, EDITOR)))
            .isInstanceOf(WorkflowViolationException.class);
        assertThat(stories.require(story.id()).live()).isFalse();
    }

    @Test
    void unpublishesEveryStoryAboutAnAlumnusAtOnceWhenTheyWithdrawConsent(ApplicationEvents events) {
        AlumnusId alumnus = fixtures.anAlumnusWithConsent(EnumSet.allOf(ConsentScope.class));
        Story first = fixtures.aPublishedStory(withAlumnus(fixtures.content("Vita di Gorontalo"), alumnus));
        Story second = fixtures.aPublishedStory(withAlumnus(fixtures.content("Vita membuka usaha"), alumnus));
        UUID consent = alumni.require(alumnus).consents().getFirst().consentId();

        as(ADMIN, Role.ADMIN, () -> {
            alumni.withdrawConsent(alumnus, consent, ADMIN, "Permintaan alumni lewat telepon");
            return null;
        });

        assertThat(stories.require(first.id()).live()).isFalse();
        assertThat(stories.require(second.id()).status()).isEqualTo(StoryStatus.UNPUBLISHED);
        assertThat(reader.published(first.id(), Audience.PUBLIC_SITE)).isEmpty();
        assertThat(reader.liveStoryIds()).doesNotContain(first.id(), second.id());
        assertThat(events.stream(StoryUnpublished.class).map(StoryUnpublished::storyId))
            .contains(first.id(), second.id());
        assertThat(asSystem(() -> audit.search(new AuditQuery("story.unpublished", ADMIN, first.id().toString(),
                null, null), 0, 10)).entries()).singleElement()
            .satisfies(e -> assertThat(e.detail()).isEqualTo("consent withdrawn"));
        assertThat(asSystem(() -> audit.search(new AuditQuery("consent.withdrawn", null, alumnus.toString(), null,
                null), 0, 10)).total()).isEqualTo(1);
    }

    @Test
    void keepsAStoryOnTheSiteButTakesItFromThePressWhenOnlyPressConsentIsWithdrawn(ApplicationEvents events) {
        AlumnusId alumnus = fixtures.anAlumnusWithConsent(EnumSet.of(ConsentScope.NAME, ConsentScope.WEBSITE));
        UUID press = as(ADMIN, Role.ADMIN, () -> alumni.recordConsent(alumnus, EnumSet.of(ConsentScope.PRESS),
                LocalDate.of(2024, 7, 1), "Formulir pers GTO-2024-031", null)).consentId();
        Story story = fixtures.aPublishedStory(withAlumnus(fixtures.content("Vita dan wartawan"), alumnus));
        assertThat(reader.published(story.id(), Audience.PRESS)).isPresent();

        as(ADMIN, Role.ADMIN, () -> {
            alumni.withdrawConsent(alumnus, press, ADMIN, "Tidak ingin diliput media");
            return null;
        });

        assertThat(stories.require(story.id()).live()).isTrue();
        assertThat(reader.published(story.id(), Audience.PUBLIC_SITE)).isPresent();
        assertThat(reader.published(story.id(), Audience.PRESS)).isEmpty();
        assertThat(events.stream(id.cerita.story.StoryWithdrawnFromPress.class)).singleElement()
            .satisfies(e -> assertThat(e.storyId()).isEqualTo(story.id()));
    }

    @Test
    void unpublishesStoriesWhenTheConsentExpiresAndAnnouncesTheExpiryOnce() {
        LocalDate today = LocalDate.now(clock);
        AlumnusId alumnus = fixtures.anAlumnusWithConsent(EnumSet.allOf(ConsentScope.class), today.plusDays(3));
        Story story = fixtures.aPublishedStory(withAlumnus(fixtures.content("Makbul dari Sigi"), alumnus));
        assertThat(alumni.noteExpiredConsents()).isZero();

        clock.advance(Duration.ofDays(3));

        assertThat(alumni.noteExpiredConsents()).isEqualTo(1);
        assertThat(alumni.noteExpiredConsents()).isZero();
        assertThat(stories.require(story.id()).live()).isFalse();
        assertThat(asSystem(() -> audit.search(new AuditQuery("consent.expired", null, alumnus.toString(), null,
                null), 0, 10)).total()).isEqualTo(1);
    }

    @Test
    void publishesAScheduledStoryWhenItsJakartaTimeComesAndNotBefore() {
        Story story = fixtures.anApprovedStory(fixtures.content("Mesra dan kameranya"));
        LocalDateTime tomorrowAtNine = LocalDate.now(clock.withZone(JAKARTA)).plusDays(1).atTime(9, 0);
        Story scheduled = as(EDITOR, Role.EDITOR, () -> stories.schedule(story.id(), tomorrowAtNine, JAKARTA, EDITOR));
        assertThat(scheduled.status()).isEqualTo(StoryStatus.SCHEDULED);
        assertThat(scheduled.scheduledAt()).isEqualTo(tomorrowAtNine.atZone(JAKARTA).toInstant());

        clock.set(tomorrowAtNine.atZone(JAKARTA).toInstant().minusSeconds(1));
        assertThat(scheduler.runDue().published()).isZero();
        assertThat(stories.require(story.id()).live()).isFalse();

        clock.advance(Duration.ofSeconds(1));
        assertThat(scheduler.runDue().published()).isEqualTo(1);
        Story published = stories.require(story.id());
        assertThat(published.live()).isTrue();
        assertThat(published.status()).isEqualTo(StoryStatus.PUBLISHED);
        assertThat(published.publishedAt()).isEqualTo(tomorrowAtNine.atZone(JAKARTA).toInstant());
    }

    @Test
    void refusesAScheduleOrAnEmbargoInThePast() {
        Story story = fixtures.anApprovedStory(fixtures.content("Donat Aidoo"));

        assertThatThrownBy(() -> as(EDITOR, Role.EDITOR,
                () -> stories.schedule(story.id(), LocalDateTime.now(clock).minusMinutes(1), JAKARTA, EDITOR)))
            .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.code()).isEqualTo("schedule.past"));
        assertThatThrownBy(() -> as(EDITOR, Role.EDITOR,
                () -> stories.embargo(story.id(), clock.instant().minusSeconds(60), EDITOR)))
            .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.code()).isEqualTo("embargo.past"));
    }

    @Test
    void keepsAnEmbargoedStoryFromThePressAndTheSiteUntilTheEmbargoPasses(ApplicationEvents events) {
        Story story = fixtures.aPublishedStory("Temu alumni Merauke");
        as(EDITOR, Role.EDITOR, () -> stories.embargo(story.id(), clock.instant().plus(Duration.ofHours(6)), EDITOR));

        assertThat(reader.published(story.id(), Audience.PRESS)).isEmpty();
        assertThat(reader.published(story.id(), Audience.PUBLIC_SITE)).isEmpty();
        assertThat(reader.liveStoryIds()).doesNotContain(story.id());
        assertThat(reader.working(story.id())).as("staff still see it").isPresent();

        clock.advance(Duration.ofHours(6));

        assertThat(reader.published(story.id(), Audience.PRESS)).isPresent();
        assertThat(reader.liveStoryIds()).contains(story.id());
        assertThat(scheduler.runDue().embargoesEnded()).isEqualTo(1);
        assertThat(events.stream(StoryEmbargoLifted.class)).singleElement()
            .satisfies(e -> assertThat(e.early()).isFalse());
    }

    @Test
    void liftsAnEmbargoEarlyOnlyWithAReasonAndOnTheRecord() {
        Story story = fixtures.aPublishedStory("Seram Bagian Barat");
        as(EDITOR, Role.EDITOR, () -> stories.embargo(story.id(), clock.instant().plus(Duration.ofDays(1)), EDITOR));

        assertThatThrownBy(() -> as(EDITOR, Role.EDITOR, () -> stories.liftEmbargo(story.id(), EDITOR, " ")))
            .isInstanceOf(InvalidFieldException.class);
        as(EDITOR, Role.EDITOR, () -> stories.liftEmbargo(story.id(), EDITOR, "Kementerian mengumumkan lebih awal"));

        assertThat(reader.published(story.id(), Audience.PUBLIC_SITE)).isPresent();
        assertThat(asSystem(() -> audit.search(new AuditQuery("story.embargo-lifted-early", EDITOR,
                story.id().toString(), null, null), 0, 10)).entries()).singleElement()
            .satisfies(e -> assertThat(e.detail()).isEqualTo("Kementerian mengumumkan lebih awal"));
    }

    @Test
    void comparesAnyTwoRevisionsWordByWordAndRestoresOneAsANewRevision() {
        Story story = fixtures.aDraft("Fitri dan Lavlenala Craft");
        StoryContent c = story.content();
        Story second = as(WRITER, Role.WRITER, () -> stories.save(story.id(), story.version(), new StoryContent(
                c.language(), "Fitri dan kerajinan Lavlenala", c.slug(), c.summary(),
                c.body().replace("saat pandemi", "sebelum pandemi"), c.alumnusId(), c.regionCode(), c.gatheringId(),
                c.courseIds(), c.themeCodes(), c.quotes(), c.outcomes(), c.sources()), WRITER));

        var diff = asSystem(() -> revisions.compare(story.id(), 1, 2));
        assertThat(diff.title().text(false)).isEqualTo("Fitri dan Lavlenala Craft");
        assertThat(diff.title().text(true)).isEqualTo("Fitri dan kerajinan Lavlenala");
        assertThat(diff.title().segments()).contains(new WordDiff.Segment(WordDiff.Change.REMOVED, "Craft"),
                new WordDiff.Segment(WordDiff.Change.ADDED, "kerajinan"));
        assertThat(diff.body().segments()).contains(new WordDiff.Segment(WordDiff.Change.REMOVED, "saat"),
                new WordDiff.Segment(WordDiff.Change.ADDED, "sebelum"));
        assertThat(diff.body().wordsAdded()).isEqualTo(1);
        assertThat(diff.body().wordsRemoved()).isEqualTo(1);
        assertThat(diff.summary().changed()).isFalse();

        Story restored = as(WRITER, Role.WRITER, () -> stories.restore(story.id(), second.version(), 1, WRITER));

        assertThat(restored.currentRevision()).isEqualTo(3);
        assertThat(restored.title()).isEqualTo("Fitri dan Lavlenala Craft");
        assertThat(restored.body()).isEqualTo(c.body());
        assertThat(asSystem(() -> revisions.history(story.id()))).first()
            .satisfies(r -> assertThat(r.note()).isEqualTo("dipulihkan dari revisi 1"));
        assertThat(asSystem(() -> revisions.compare(story.id(), 1, 3)).changed()).isFalse();
    }

    @Test
    void recordsEveryTransitionInTheAuditLogInOrder() {
        Story story = fixtures.aPublishedStory("Cerita untuk jejak audit");

        var entries = asSystem(() -> audit.search(new AuditQuery(null, null, story.id().toString(), null, null), 0,
                50)).entries();

        assertThat(entries).extracting(e -> e.action() + " by " + e.actor()).containsExactly(
                "story.published by budi", "story.approved by budi", "story.submitted by sari",
                "story.revised by sari", "story.drafted by sari");
        assertThatThrownBy(() -> as(EDITOR, Role.EDITOR, () -> audit.search(AuditQuery.everything(), 0, 10)))
            .as("only administrators read the log").isInstanceOf(AuthorizationDeniedException.class);
    }

    static StoryContent withAlumnus(StoryContent c, AlumnusId alumnusId) {
        return new StoryContent(c.language(), c.title(), c.slug(), c.summary(), c.body(), alumnusId, c.regionCode(),
                c.gatheringId(), c.courseIds(), c.themeCodes(), c.quotes(), c.outcomes(), c.sources());
    }
}

package id.cerita.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import id.cerita.alumni.Alumni;
import id.cerita.alumni.Alumnus;
import id.cerita.alumni.ConsentScope;
import id.cerita.common.AlumnusId;
import id.cerita.common.InvalidFieldException;

/** The story aggregate's rules, without Spring: transitions, four eyes, embargo, and who may take which step. */
class StoryTests {

    static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");
    static final Actor SARI = Actor.writer("sari");
    static final Actor BUDI = Actor.editor("budi");
    static final Actor DEWI = Actor.editor("dewi");

    static Story aDraftBy(String author) {
        return aDraftAbout(null, author);
    }

    static Story aDraftAbout(AlumnusId alumnus, String author) {
        StoryContent content = new StoryContent(Language.ID, "Vita di Gorontalo", null, "Ringkasan",
                "Paragraf satu.\n\nParagraf dua.", alumnus, "75.71", null, Set.of(), Set.of(), List.of(), List.of(),
                List.of());
        return Story.draft(content, Slug.of("Vita di Gorontalo"), UUID.randomUUID(), author, NOW);
    }

    static Story inReview() {
        Story story = aDraftBy("sari");
        story.submit("sari", NOW);
        return story;
    }

    @Test
    void offersTheWriterOnlySubmittingTheirOwnDraft() {
        Story story = aDraftBy("sari");
        assertThat(story.openTransitions(SARI)).containsExactly(Transition.SUBMIT);
        assertThat(story.openTransitions(Actor.writer("rina"))).isEmpty();
    }

    @Test
    void offersTheEditorReviewStepsButNeverApprovalOfTheirOwnStory() {
        Story own = aDraftBy("budi");
        own.submit("budi", NOW);
        assertThat(own.openTransitions(BUDI)).doesNotContain(Transition.APPROVE, Transition.REQUEST_CHANGES)
            .contains(Transition.ARCHIVE);
        assertThat(inReview().openTransitions(BUDI)).containsExactly(Transition.REQUEST_CHANGES, Transition.APPROVE,
                Transition.ARCHIVE);
    }

    @Test
    void neverOffersPublishingOrArchivingToWriters() {
        Story story = inReview();
        story.approve("budi", NOW);
        assertThat(story.openTransitions(SARI)).isEmpty();
        assertThat(story.openTransitions(DEWI)).contains(Transition.PUBLISH, Transition.REQUEST_CHANGES);
    }

    @Test
    void offersUnpublishingOnlyWhileLive() {
        Story story = inReview();
        story.approve("budi", NOW);
        story.publish("budi", NOW);
        assertThat(story.openTransitions(DEWI)).containsExactly(Transition.UNPUBLISH, Transition.ARCHIVE);
    }

    @Test
    void rejectsApprovalByTheStorysOwnAuthor() {
        Story story = aDraftBy("budi");
        story.submit("budi", NOW);
        assertThatThrownBy(() -> story.approve("budi", NOW)).isInstanceOf(WorkflowViolationException.class)
            .satisfies(e -> assertThat(((WorkflowViolationException) e).code()).isEqualTo("approve.own-story"));
    }

    @Test
    void rejectsApprovalByWhoeverLastEditedTheText() {
        Story story = inReview();
        // a reviewer fixing a typo during review becomes the last editor
        story.revise(story.content(), null, "budi", NOW);
        assertThatThrownBy(() -> story.approve("budi", NOW)).isInstanceOf(WorkflowViolationException.class)
            .satisfies(e -> assertThat(((WorkflowViolationException) e).code()).isEqualTo("approve.own-edit"));
        assertThat(story.allows(Transition.APPROVE, BUDI)).isFalse();
        assertThat(story.allows(Transition.APPROVE, DEWI)).isTrue();
    }

    @Test
    void refusesAStepInTheWrongStateWithAKeyAndTheStepAndStateAsArguments() {
        Story story = aDraftBy("sari");
        assertThatThrownBy(() -> story.publish("budi", NOW)).isInstanceOfSatisfying(WorkflowViolationException.class,
                e -> {
                    assertThat(e.code()).isEqualTo("publish.status");
                    assertThat(e.getCodes()).containsExactly("workflow.problem.status");
                    assertThat(e.getArguments()).hasSize(2);
                });
    }

    @Test
    void requiresAReasonToRequestChanges() {
        Story story = inReview();
        assertThatThrownBy(() -> story.requestChanges("budi", " ", NOW)).isInstanceOf(InvalidFieldException.class);
        story.requestChanges("budi", "Sebutkan tahunnya", NOW);
        assertThat(story.status()).isEqualTo(StoryStatus.CHANGES_REQUESTED);
        assertThat(story.openTransitions(SARI)).containsExactly(Transition.SUBMIT);
    }

    @Test
    void keepsTheApprovedTextPublicWhileACorrectionIsReviewed() {
        Story story = inReview();
        story.approve("budi", NOW);
        story.publish("budi", NOW);
        story.revise(story.content(), null, "sari", NOW);
        assertThat(story.status()).isEqualTo(StoryStatus.DRAFT);
        assertThat(story.live()).isTrue();
        assertThat(story.publishedRevision()).isEqualTo(1);
        assertThat(story.currentRevision()).isEqualTo(2);
    }

    @Test
    void embargoesOnlyUntilAFutureTimeAndEndsByItself() {
        Story story = inReview();
        assertThatThrownBy(() -> story.embargo(NOW.minusSeconds(60), "budi", NOW))
            .isInstanceOf(InvalidFieldException.class);
        story.embargo(NOW.plus(1, ChronoUnit.DAYS), "budi", NOW);
        assertThat(story.embargoedAt(NOW)).isTrue();
        assertThat(story.endEmbargoIfPassed(NOW.plus(2, ChronoUnit.DAYS))).isTrue();
        assertThat(story.embargoedAt(NOW.plus(2, ChronoUnit.DAYS))).isFalse();
    }

    @Test
    void refusesLiftingAnEmbargoEarlyWithoutAReason() {
        Story story = inReview();
        story.embargo(NOW.plus(1, ChronoUnit.DAYS), "budi", NOW);
        assertThatThrownBy(() -> story.liftEmbargo("budi", "", NOW)).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void takesEachOpenStepWithoutRefusal() {
        for (Transition t : inReview().openTransitions(DEWI)) {
            Story story = inReview();
            switch (t) {
                case REQUEST_CHANGES -> story.requestChanges("dewi", "alasan", NOW);
                case APPROVE -> story.approve("dewi", NOW);
                case ARCHIVE -> story.archive("dewi", NOW);
                case SUBMIT, PUBLISH, UNSCHEDULE, UNPUBLISH -> throw new AssertionError("not open in review: " + t);
            }
        }
    }

    @Test
    void refusesPublicationWhenTheAlumnusHasNotConsentedNamingWhatIsMissing() {
        AlumnusId vita = AlumnusId.random();
        Alumni alumni = Mockito.mock(Alumni.class);
        Alumnus alumnus = Mockito.mock(Alumnus.class);
        Mockito.when(alumni.require(vita)).thenReturn(alumnus);
        Mockito.when(alumnus.consentCovers(Mockito.any(), Mockito.any())).thenReturn(false);
        Mockito.when(alumnus.consentedScopesOn(Mockito.any())).thenReturn(Set.of(ConsentScope.PHOTO));
        ConsentRules consent = new ConsentRules(alumni, Clock.fixed(NOW, ZoneOffset.UTC));

        Story story = aDraftAbout(vita, "sari");
        assertThatThrownBy(() -> consent.requireForPublication(story))
            .isInstanceOfSatisfying(WorkflowViolationException.class, e -> {
                assertThat(e.code()).isEqualTo("publish.consent");
                assertThat(e.getCodes()).containsExactly("workflow.problem.publish.consent");
                assertThat(e.getArguments()).hasSize(1);
                assertThat(e.getArguments()[0].toString()).doesNotContain("PHOTO");
            });
        assertThat(consent.coversPublication(aDraftBy("sari"))).as("a story about no one needs no consent").isTrue();
    }

    @Test
    void keepsTheApprovedRevisionPublicWhileACorrectionIsReviewedAndTheFirstPublicationDateAfterIt() {
        Story story = inReview();
        story.approve("budi", NOW);
        story.publish("budi", NOW);
        Instant later = NOW.plus(1, ChronoUnit.DAYS);

        story.revise(story.content(), null, "sari", later);
        assertThat(story.status()).isEqualTo(StoryStatus.DRAFT);
        assertThat(story.live()).isTrue();
        assertThat(story.publishedRevision()).isEqualTo(1);
        assertThat(story.hasPendingCorrection()).isTrue();

        story.submit("sari", later);
        story.approve("dewi", later);
        story.publish("dewi", later);
        assertThat(story.publishedRevision()).isEqualTo(2);
        assertThat(story.hasPendingCorrection()).isFalse();
        assertThat(story.publishedAt()).as("a correction does not move the story up the listings").isEqualTo(NOW);

        story.unpublish("dewi", "permintaan alumni", later);
        assertThat(story.live()).isFalse();
        assertThat(story.publishedRevision()).isEqualTo(2);
        assertThatThrownBy(() -> story.revise(story.content(), Slug.of("judul lain"), "sari", later))
            .satisfies(e -> assertThat(((WorkflowViolationException) e).code()).isEqualTo("slug.published"));
    }

    @Test
    void refusesEveryStepFromAStateItDoesNotStartFromAndOffersNoneOfThem() {
        Story archived = aDraftBy("sari");
        archived.archive("budi", NOW);
        for (Transition step : Transition.values()) {
            assertThat(archived.openTransitions(Actor.editor("dewi"))).doesNotContain(step);
        }
        assertThatThrownBy(() -> archived.submit("sari", NOW)).isInstanceOf(WorkflowViolationException.class)
            .satisfies(e -> assertThat(((WorkflowViolationException) e).code()).isEqualTo("submit.status"));
        assertThatThrownBy(() -> archived.schedule(NOW.plus(1, ChronoUnit.DAYS), ZoneOffset.UTC, "budi", NOW))
            .satisfies(e -> assertThat(((WorkflowViolationException) e).code()).isEqualTo("schedule.status"));
    }

    @Test
    void offersAStepExactlyWhenTakingItWouldNotBeRefused() {
        Map<String, Supplier<Story>> states = new LinkedHashMap<>();
        states.put("draft", () -> aDraftBy("sari"));
        states.put("in review", StoryTests::inReview);
        states.put("approved", () -> approved());
        states.put("scheduled", () -> {
            Story story = approved();
            story.schedule(NOW.plus(1, ChronoUnit.DAYS), ZoneOffset.UTC, "budi", NOW);
            return story;
        });
        states.put("published", () -> published());
        states.put("unpublished", () -> {
            Story story = published();
            story.unpublish("budi", "permintaan alumni", NOW);
            return story;
        });
        states.put("archived", () -> {
            Story story = aDraftBy("sari");
            story.archive("budi", NOW);
            return story;
        });
        states.put("edited by the reviewer", () -> {
            Story story = inReview();
            // a reviewer who fixes a typo stays in review, and may no longer approve
            story.revise(story.content(), null, "dewi", NOW);
            return story;
        });
        for (var state : states.entrySet()) {
            for (Transition step : Transition.values()) {
                boolean offered = state.getValue().get().allows(step, DEWI);
                Story story = state.getValue().get();
                boolean taken;
                try {
                    take(story, step, "dewi");
                    taken = true;
                } catch (WorkflowViolationException refused) {
                    taken = false;
                }
                assertThat(offered).as(step + " on a story " + state.getKey()).isEqualTo(taken);
            }
        }
    }

    private static Story approved() {
        Story story = inReview();
        story.approve("budi", NOW);
        return story;
    }

    private static Story published() {
        Story story = approved();
        story.publish("budi", NOW);
        return story;
    }

    private static void take(Story story, Transition step, String by) {
        switch (step) {
            case SUBMIT -> story.submit(by, NOW);
            case REQUEST_CHANGES -> story.requestChanges(by, "perbaiki judul", NOW);
            case APPROVE -> story.approve(by, NOW);
            case PUBLISH -> story.publish(by, NOW);
            case UNSCHEDULE -> story.unschedule(by, "tunda", NOW);
            case UNPUBLISH -> story.unpublish(by, "permintaan alumni", NOW);
            case ARCHIVE -> story.archive(by, NOW);
        }
    }
}

package id.cerita.story;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import id.cerita.common.InvalidFieldException;

/**
 * Which step a story may take from which state, and who may take it now: the states each step starts from, the four
 * eyes, and the roles. Writers submit their own stories; editors review, publish and archive, never approving what
 * they wrote or last edited; administrators archive. {@link Story} asks it before every step and
 * {@link Story#openTransitions(Actor)} for the buttons a page shows, so the two cannot disagree.
 */
final class TransitionRules {

    private TransitionRules() {
    }

    /** The states {@code transition} starts from (unpublishing and archiving have a guard of their own as well). */
    static Set<StoryStatus> from(Transition transition) {
        return switch (transition) {
            case SUBMIT -> EnumSet.of(StoryStatus.DRAFT, StoryStatus.CHANGES_REQUESTED);
            case REQUEST_CHANGES -> EnumSet.of(StoryStatus.IN_REVIEW, StoryStatus.APPROVED, StoryStatus.SCHEDULED);
            case APPROVE -> EnumSet.of(StoryStatus.IN_REVIEW);
            case PUBLISH -> EnumSet.of(StoryStatus.APPROVED, StoryStatus.SCHEDULED);
            case UNSCHEDULE -> EnumSet.of(StoryStatus.SCHEDULED);
            case UNPUBLISH -> EnumSet.allOf(StoryStatus.class);
            case ARCHIVE -> EnumSet.complementOf(EnumSet.of(StoryStatus.ARCHIVED));
        };
    }

    /**
     * Refuses a step without a button of its own from {@code status} ("schedule" starts where publishing does), in the
     * reader's language ("workflow.problem.status").
     */
    static void require(StoryStatus status, String step, Set<StoryStatus> allowed) {
        stateRefusal(status, step, allowed).ifPresent(refused -> {
            throw refused;
        });
    }

    private static Optional<WorkflowViolationException> stateRefusal(StoryStatus status, String step,
            Set<StoryStatus> allowed) {
        if (allowed.contains(status)) {
            return Optional.empty();
        }
        Object name = Transition.byPath(step).<Object>map(MessageKey::of).orElse(step);
        return Optional.of(new WorkflowViolationException(step + ".status", "workflow.problem.status",
                "Langkah '" + step + "' tidak dapat dilakukan pada cerita berstatus " + status, name,
                MessageKey.of(status)));
    }

    /** Nothing happens to an archived story but reading it. */
    static void requireNotArchived(StoryStatus status, String message) {
        if (status == StoryStatus.ARCHIVED) {
            throw new WorkflowViolationException("story.archived", message);
        }
    }

    /** Sending back and lifting an embargo early say why, for the author and for the record. */
    static void requireReason(String reason, String code, String message) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidFieldException("reason", code, message);
        }
    }

    /** Refuses {@code transition} by {@code by} if {@link #refusal} names a reason. */
    static void require(Story story, Transition transition, String by) {
        refusal(story, transition, by).ifPresent(refused -> {
            throw refused;
        });
    }

    /**
     * What stops {@code by} taking {@code transition} on {@code story} now, whoever they are: the story's state, the
     * four eyes (never the author, never whoever last edited the text), or not being live. Roles are the services'
     * method security's to check; {@link #allows} adds them for the buttons.
     */
    static Optional<WorkflowViolationException> refusal(Story story, Transition transition, String by) {
        StoryStatus status = story.status();
        return switch (transition) {
            case ARCHIVE -> status == StoryStatus.ARCHIVED
                    ? Optional.of(new WorkflowViolationException("archive.archived", "Cerita ini sudah diarsipkan"))
                    : Optional.empty();
            case UNPUBLISH -> story.live() ? Optional.empty()
                    : Optional.of(new WorkflowViolationException("unpublish.not-live", "Cerita ini tidak sedang terbit"));
            case APPROVE -> stateRefusal(status, transition.path(), from(transition)).or(() -> fourEyes(story, by));
            case SUBMIT, REQUEST_CHANGES, PUBLISH, UNSCHEDULE -> stateRefusal(status, transition.path(),
                    from(transition));
        };
    }

    private static Optional<WorkflowViolationException> fourEyes(Story story, String by) {
        if (by.equals(story.author())) {
            return Optional.of(new WorkflowViolationException("approve.own-story",
                    "Penulis tidak dapat menyetujui ceritanya sendiri"));
        }
        if (by.equals(story.lastEditor())) {
            return Optional.of(new WorkflowViolationException("approve.own-edit",
                    "Anda yang terakhir menyunting cerita ini, jadi orang lain yang harus menyetujuinya"));
        }
        return Optional.empty();
    }

    /** Whether a page offers {@code actor} the button: nothing stops the step, and their role may take it. */
    static boolean allows(Story story, Transition transition, Actor actor) {
        if (refusal(story, transition, actor.name()).isPresent()) {
            return false;
        }
        boolean mine = actor.name().equals(story.author());
        return switch (transition) {
            case SUBMIT -> actor.editor() || actor.writer() && mine;
            case REQUEST_CHANGES -> actor.editor() && !mine;
            case APPROVE, PUBLISH, UNSCHEDULE, UNPUBLISH -> actor.editor();
            case ARCHIVE -> actor.editor() || actor.admin();
        };
    }
}

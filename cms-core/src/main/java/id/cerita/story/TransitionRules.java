package id.cerita.story;

import java.util.EnumSet;
import java.util.Set;

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

    /** Refuses {@code transition} from {@code status}, in the reader's language ("workflow.problem.status"). */
    static void require(StoryStatus status, Transition transition) {
        require(status, transition.path(), from(transition));
    }

    /** The same for a step without a button of its own ("schedule" starts where publishing does). */
    static void require(StoryStatus status, String step, Set<StoryStatus> allowed) {
        if (!allowed.contains(status)) {
            Object name = Transition.byPath(step).<Object>map(MessageKey::of).orElse(step);
            throw new WorkflowViolationException(step + ".status", "workflow.problem.status",
                    "Langkah '" + step + "' tidak dapat dilakukan pada cerita berstatus " + status, name,
                    MessageKey.of(status));
        }
    }

    static boolean allows(Story story, Transition transition, Actor actor) {
        if (!from(transition).contains(story.status())) {
            return false;
        }
        boolean mine = actor.name().equals(story.author());
        return switch (transition) {
            case SUBMIT -> actor.editor() || actor.writer() && mine;
            case REQUEST_CHANGES -> actor.editor() && !mine;
            case APPROVE -> actor.editor() && !mine && !actor.name().equals(story.lastEditor());
            case PUBLISH, UNSCHEDULE -> actor.editor();
            case UNPUBLISH -> actor.editor() && story.live();
            case ARCHIVE -> actor.editor() || actor.admin();
        };
    }
}

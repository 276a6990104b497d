package id.cerita.story;

/**
 * Who may take which step on a story now: the transitions' own guards (state, four eyes) plus the roles. Writers submit
 * their own stories; editors review, publish and archive, never approving what they wrote or last edited;
 * administrators archive. {@link Story#openTransitions(Actor)} asks it; the transitions themselves still check state.
 */
final class TransitionRules {

    private TransitionRules() {
    }

    static boolean allows(Story story, Transition transition, Actor actor) {
        StoryStatus status = story.status();
        boolean mine = actor.name().equals(story.author());
        return switch (transition) {
            case SUBMIT -> (status == StoryStatus.DRAFT || status == StoryStatus.CHANGES_REQUESTED)
                    && (actor.editor() || actor.writer() && mine);
            case REQUEST_CHANGES -> actor.editor() && !mine && (status == StoryStatus.IN_REVIEW
                    || status == StoryStatus.APPROVED || status == StoryStatus.SCHEDULED);
            case APPROVE -> actor.editor() && status == StoryStatus.IN_REVIEW && !mine
                    && !actor.name().equals(story.lastEditor());
            case PUBLISH -> actor.editor() && (status == StoryStatus.APPROVED || status == StoryStatus.SCHEDULED);
            case UNSCHEDULE -> actor.editor() && status == StoryStatus.SCHEDULED;
            case UNPUBLISH -> actor.editor() && story.live();
            case ARCHIVE -> (actor.editor() || actor.admin()) && status != StoryStatus.ARCHIVED;
        };
    }
}

package id.cerita.story;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.cerita.common.StoryId;

/**
 * Takes a {@link Transition} by name: the one dispatch the API, the editor and the workflow page share. Each step goes
 * through {@link Stories}, so its security and consent checks apply as if called directly.
 */
@Service
public class StoryTransitions {

    private final Stories stories;

    StoryTransitions(Stories stories) {
        this.stories = stories;
    }

    public Story take(Transition transition, StoryId id, String by, String reason) {
        return switch (transition) {
            case SUBMIT -> stories.submit(id, by);
            case REQUEST_CHANGES -> stories.requestChanges(id, by, reason);
            case APPROVE -> stories.approve(id, by);
            case PUBLISH -> stories.publish(id, by);
            case UNSCHEDULE -> stories.unschedule(id, by);
            case UNPUBLISH -> stories.unpublish(id, by, reason);
            case ARCHIVE -> stories.archive(id, by);
        };
    }

    /** The steps open to {@code actor} on the story now. */
    @Transactional(readOnly = true)
    public List<Transition> open(StoryId id, Actor actor) {
        return stories.require(id).openTransitions(actor);
    }
}

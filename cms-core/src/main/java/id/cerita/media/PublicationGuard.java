package id.cerita.media;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.cerita.common.StoryId;
import id.cerita.common.SystemActor;
import id.cerita.story.StoryPublished;
import id.cerita.story.StoryScheduled;
import id.cerita.story.WorkflowViolationException;

/**
 * Refuses publishing and scheduling, inside that transaction, while {@link StoryImageLinks#problemsBeforePublishing}
 * finds a problem: the story stays as it was and the editor sees which image needs what. A scheduled publication
 * run by the system is not refused here (one refusal would roll back every story of that run); it was checked when
 * the story was scheduled.
 */
@Component
class PublicationGuard {

    private final StoryImageLinks links;

    PublicationGuard(StoryImageLinks links) {
        this.links = links;
    }

    @EventListener
    void on(StoryPublished published) {
        if (!SystemActor.NAME.equals(published.by())) {
            refuseIfProblems(published.storyId());
        }
    }

    @EventListener
    void on(StoryScheduled scheduled) {
        refuseIfProblems(scheduled.storyId());
    }

    private void refuseIfProblems(StoryId storyId) {
        List<PublicationProblem> problems = links.problemsBeforePublishing(storyId);
        if (!problems.isEmpty()) {
            throw new WorkflowViolationException(problems.getFirst().code(),
                    problems.stream().map(PublicationProblem::message).collect(Collectors.joining(" ")));
        }
    }
}

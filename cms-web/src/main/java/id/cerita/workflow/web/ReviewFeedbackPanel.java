package id.cerita.workflow.web;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.cerita.common.StoryId;
import id.cerita.review.ChangeRequests;
import id.cerita.review.ReviewComments;
import id.cerita.story.StoryEditorPanel;

/** On the writer's editor: why the story came back (the latest reason) and the editors' comments still open. */
@Component
class ReviewFeedbackPanel implements StoryEditorPanel {

    private final ChangeRequests changeRequests;
    private final ReviewComments comments;

    ReviewFeedbackPanel(ChangeRequests changeRequests, ReviewComments comments) {
        this.changeRequests = changeRequests;
        this.comments = comments;
    }

    @Override
    public Map<String, Object> attributesFor(StoryId storyId) {
        Map<String, Object> attributes = new HashMap<>();
        changeRequests.latest(storyId).ifPresent(request -> attributes.put("changeRequest", request));
        attributes.put("openComments", comments.onStory(storyId).stream().filter(c -> !c.resolved()).toList());
        return attributes;
    }
}

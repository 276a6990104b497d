package id.cerita.workflow.web;

import java.time.Instant;

import id.cerita.common.StoryId;
import id.cerita.story.Story;
import id.cerita.story.StoryStatus;

/** Where a story stands in the workflow, as the API answers after a step. */
record WorkflowState(StoryId id, StoryStatus status, boolean live, long version, int currentRevision,
        Integer publishedRevision, Instant scheduledAt, String scheduleZone, Instant embargoUntil) {

    static WorkflowState of(Story story) {
        return new WorkflowState(story.id(), story.status(), story.live(), story.version(), story.currentRevision(),
                story.publishedRevision(), story.scheduledAt(),
                story.scheduleZone() == null ? null : story.scheduleZone().getId(), story.embargoUntil());
    }
}

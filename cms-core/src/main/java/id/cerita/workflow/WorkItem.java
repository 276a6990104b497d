package id.cerita.workflow;

import java.time.Instant;
import java.time.ZoneId;

import id.cerita.common.StoryId;
import id.cerita.story.StoryStatus;

/** A story on the dashboard: {@code when} is the schedule, the embargo end or the last change, as the list says. */
public record WorkItem(StoryId storyId, String title, StoryStatus status, String author, String lastEditor,
        Instant when, ZoneId zone) {
}

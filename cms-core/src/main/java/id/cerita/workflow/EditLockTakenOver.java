package id.cerita.workflow;

import id.cerita.common.StoryId;

public record EditLockTakenOver(StoryId storyId, String from, String by) {
}

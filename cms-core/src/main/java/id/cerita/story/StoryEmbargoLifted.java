package id.cerita.story;

import id.cerita.common.StoryId;

/**
 * The embargo is over: {@code early} when an editor lifted it before its time (with a reason), otherwise its time
 * passed. A live story now becomes visible: search and export treat this like a publication.
 */
public record StoryEmbargoLifted(StoryId storyId, String by, String reason, boolean early) implements StoryEvent {
}

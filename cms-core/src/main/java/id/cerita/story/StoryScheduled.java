package id.cerita.story;

import java.time.Instant;

import id.cerita.common.StoryId;

/** An approved story will be published at {@code at}; {@code zone} is the time zone the editor chose it in. */
public record StoryScheduled(StoryId storyId, Instant at, String zone, String by) implements StoryEvent {
}

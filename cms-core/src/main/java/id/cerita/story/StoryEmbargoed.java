package id.cerita.story;

import java.time.Instant;

import id.cerita.common.StoryId;

/** Until {@code until} the story is for staff only: not on the site, not in journalists' search or press kits. */
public record StoryEmbargoed(StoryId storyId, Instant until, String by) implements StoryEvent {
}

package id.cerita.story;

import id.cerita.common.StoryId;
import java.time.Instant;

/** Until {@code until} the story is for staff only: not on the site, not in journalists' search or press kits. */
public record StoryEmbargoed(StoryId storyId, Instant until, String by) implements StoryEvent {
}

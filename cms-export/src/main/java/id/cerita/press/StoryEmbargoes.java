package id.cerita.press;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: until when a story is under embargo, if it is. The workflow owns embargoes; until it provides this port the
 * press module sees no embargo ({@link #NONE}).
 */
@FunctionalInterface
public interface StoryEmbargoes {

    StoryEmbargoes NONE = storyId -> Optional.empty();

    Optional<Instant> embargoedUntil(UUID storyId);
}

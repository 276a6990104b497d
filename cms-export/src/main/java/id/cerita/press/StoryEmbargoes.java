package id.cerita.press;

import java.time.Instant;
import java.util.Optional;

import id.cerita.common.StoryId;

/**
 * Port: until when a story is under embargo, if it is. By default the workflow's embargo
 * ({@code StoryReader#embargoedUntil}); {@link #NONE} sees none.
 */
@FunctionalInterface
public interface StoryEmbargoes {

    StoryEmbargoes NONE = storyId -> Optional.empty();

    Optional<Instant> embargoedUntil(StoryId storyId);
}

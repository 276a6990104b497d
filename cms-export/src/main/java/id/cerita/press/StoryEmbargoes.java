package id.cerita.press;

import id.cerita.common.StoryId;
import java.time.Instant;
import java.util.Optional;

/**
 * Port: until when a story is under embargo, if it is. By default the workflow's embargo
 * ({@code StoryReader#embargoedUntil}); {@link #NONE} sees none.
 */
@FunctionalInterface
public interface StoryEmbargoes {

    StoryEmbargoes NONE = storyId -> Optional.empty();

    Optional<Instant> embargoedUntil(StoryId storyId);
}

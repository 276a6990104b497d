package id.cerita.common;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A story's identity. Typed so that a story's id cannot be handed where an alumnus's or an image's is expected. It
 * lives here, below the features, because revisions and media name stories while the story feature uses both (a
 * cycle if it lived in the story package). It reads and writes as the UUID text: in JSON (stored event publications
 * too), in paths and forms (cms-web's converter) and in templates ({@link #toString()}).
 */
public record StoryId(@JsonValue UUID value) implements Identifier, Comparable<StoryId> {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public StoryId {
        Objects.requireNonNull(value, "value");
    }

    public static StoryId random() {
        return new StoryId(UUID.randomUUID());
    }

    public static StoryId of(String text) {
        return new StoryId(UUID.fromString(text));
    }

    @Override
    public int compareTo(StoryId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package id.cerita.common;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An alumni gathering's identity: the meeting a story or a press clip came from. Beside {@link StoryId}, and read
 * and written the same way.
 */
public record GatheringId(@JsonValue UUID value) implements Identifier, Comparable<GatheringId> {

    public GatheringId {
        Objects.requireNonNull(value, "value");
    }

    public static GatheringId random() {
        return new GatheringId(UUID.randomUUID());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static GatheringId of(UUID value) {
        return new GatheringId(value);
    }

    public static GatheringId of(String text) {
        return new GatheringId(UUID.fromString(text));
    }

    @Override
    public int compareTo(GatheringId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

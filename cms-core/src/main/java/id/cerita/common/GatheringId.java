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

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public GatheringId {
        Objects.requireNonNull(value, "value");
    }

    public static GatheringId random() {
        return new GatheringId(UUID.randomUUID());
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

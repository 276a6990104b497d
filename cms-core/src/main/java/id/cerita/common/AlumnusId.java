package id.cerita.common;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An alumnus's identity: the person a story is about, whose consent governs it. Beside {@link StoryId} for the same
 * reasons (stories, media and consent name alumni; the alumni feature does not depend on them), and read and written
 * the same way.
 */
public record AlumnusId(@JsonValue UUID value) implements Identifier, Comparable<AlumnusId> {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public AlumnusId {
        Objects.requireNonNull(value, "value");
    }

    public static AlumnusId random() {
        return new AlumnusId(UUID.randomUUID());
    }

    public static AlumnusId of(String text) {
        return new AlumnusId(UUID.fromString(text));
    }

    @Override
    public int compareTo(AlumnusId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

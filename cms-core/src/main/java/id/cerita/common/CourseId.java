package id.cerita.common;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A training course's identity, which stories, search facets and alerts name. Beside {@link StoryId}, and read
 * and written the same way.
 */
public record CourseId(@JsonValue UUID value) implements Identifier, Comparable<CourseId> {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CourseId {
        Objects.requireNonNull(value, "value");
    }

    public static CourseId random() {
        return new CourseId(UUID.randomUUID());
    }

    public static CourseId of(String text) {
        return new CourseId(UUID.fromString(text));
    }

    @Override
    public int compareTo(CourseId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

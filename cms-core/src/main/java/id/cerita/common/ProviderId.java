package id.cerita.common;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A training provider's identity, which courses, search facets and alerts name. Beside {@link StoryId}, and read
 * and written the same way.
 */
public record ProviderId(@JsonValue UUID value) implements Identifier, Comparable<ProviderId> {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ProviderId {
        Objects.requireNonNull(value, "value");
    }

    public static ProviderId random() {
        return new ProviderId(UUID.randomUUID());
    }

    public static ProviderId of(String text) {
        return new ProviderId(UUID.fromString(text));
    }

    @Override
    public int compareTo(ProviderId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package id.cerita.common;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An image's identity in the media library. Beside {@link StoryId} for the same reasons (stories, the site, press kits
 * and the demo name images), and read and written the same way; also the name of the image's folder of derivatives.
 */
public record MediaId(@JsonValue UUID value) implements Identifier, Comparable<MediaId> {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public MediaId {
        Objects.requireNonNull(value, "value");
    }

    public static MediaId random() {
        return new MediaId(UUID.randomUUID());
    }

    public static MediaId of(String text) {
        return new MediaId(UUID.fromString(text));
    }

    @Override
    public int compareTo(MediaId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

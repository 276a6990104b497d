package id.cerita.common;

import java.util.UUID;
import java.util.function.Function;

/** A typed identity ({@link StoryId}, {@link AlumnusId}, …): what code that handles any of them may ask. */
public interface Identifier {

    /** The UUID under it, as stored. */
    UUID value();

    /** The typed id of a UUID that may be absent (a nullable column or field). */
    static <T extends Identifier> T ofNullable(UUID value, Function<UUID, T> type) {
        return value == null ? null : type.apply(value);
    }

    /** The UUID to store for an identity that may be absent (a JDBC parameter of a nullable column). */
    static UUID uuidOrNull(Identifier id) {
        return id == null ? null : id.value();
    }
}

package id.cerita.alumni;

import java.util.UUID;

/** Two records of one person became one: the stories, consents and links of {@code mergedId} now belong to the survivor. */
public record AlumniMerged(UUID survivorId, UUID mergedId, String by) {
}

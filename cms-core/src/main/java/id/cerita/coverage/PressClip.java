package id.cerita.coverage;

import java.time.Instant;
import java.util.UUID;

/** A recorded clip. */
public record PressClip(UUID id, ClipDetails details, String createdBy, Instant createdAt) {
}

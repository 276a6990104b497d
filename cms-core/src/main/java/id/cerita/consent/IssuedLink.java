package id.cerita.consent;

import java.time.Instant;
import java.util.UUID;

/** A link just issued: the only moment its token exists outside the alumnus' hands. */
public record IssuedLink(UUID id, String token, Instant expiresAt) {
}

package id.cerita.alumni;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A consent reached its expiry date: stories that relied on it must leave the public, as after a withdrawal. */
public record ConsentExpired(UUID alumnusId, UUID consentId, Set<ConsentScope> scopes, LocalDate expiredOn) {
}

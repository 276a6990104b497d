package id.cerita.alumni;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import id.cerita.common.AlumnusId;

/** A consent reached its expiry date: stories that relied on it must leave the public, as after a withdrawal. */
public record ConsentExpired(AlumnusId alumnusId, UUID consentId, Set<ConsentScope> scopes, LocalDate expiredOn) {
}

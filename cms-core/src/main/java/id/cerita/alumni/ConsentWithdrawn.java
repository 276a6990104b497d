package id.cerita.alumni;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Stories about this alumnus that relied on these scopes must leave the site, the index and the press room. */
public record ConsentWithdrawn(UUID alumnusId, UUID consentId, Set<ConsentScope> scopes, Instant at, String by) {
}

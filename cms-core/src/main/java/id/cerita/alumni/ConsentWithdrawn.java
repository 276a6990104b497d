package id.cerita.alumni;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import id.cerita.common.AlumnusId;

/** Stories about this alumnus that relied on these scopes must leave the site, the index and the press room. */
public record ConsentWithdrawn(AlumnusId alumnusId, UUID consentId, Set<ConsentScope> scopes, Instant at, String by) {
}

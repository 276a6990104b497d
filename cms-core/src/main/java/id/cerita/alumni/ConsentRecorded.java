package id.cerita.alumni;

import java.util.Set;
import java.util.UUID;

public record ConsentRecorded(UUID alumnusId, UUID consentId, Set<ConsentScope> scopes) {
}

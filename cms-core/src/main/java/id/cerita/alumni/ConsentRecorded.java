package id.cerita.alumni;

import java.util.Set;
import java.util.UUID;

import id.cerita.common.AlumnusId;

public record ConsentRecorded(AlumnusId alumnusId, UUID consentId, Set<ConsentScope> scopes) {
}

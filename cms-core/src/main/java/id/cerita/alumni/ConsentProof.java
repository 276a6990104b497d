package id.cerita.alumni;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a consent record states: the scopes, when it was given and until when, how it was obtained, a written
 * reference (form number, who heard it) and optionally the stored evidence file.
 */
public record ConsentProof(Set<ConsentScope> scopes, LocalDate givenOn, LocalDate expiresOn, ConsentMethod method,
        String evidence, EvidenceFile file) {
}

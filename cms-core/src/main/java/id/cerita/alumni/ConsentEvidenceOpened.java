package id.cerita.alumni;

import java.util.UUID;

/** Someone downloaded the evidence file of a consent: personal data, so it is audited. */
public record ConsentEvidenceOpened(UUID alumnusId, UUID consentId, String by) {
}

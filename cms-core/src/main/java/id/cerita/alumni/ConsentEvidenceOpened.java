package id.cerita.alumni;

import java.util.UUID;

import id.cerita.common.AlumnusId;

/** Someone downloaded the evidence file of a consent: personal data, so it is audited. */
public record ConsentEvidenceOpened(AlumnusId alumnusId, UUID consentId, String by) {
}

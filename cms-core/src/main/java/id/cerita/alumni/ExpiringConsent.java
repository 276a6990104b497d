package id.cerita.alumni;

import java.time.LocalDate;
import java.util.UUID;

import id.cerita.common.AlumnusId;

/** A consent in force that will end soon: someone should ask the alumnus to renew it. */
public record ExpiringConsent(AlumnusId alumnusId, String fullName, UUID consentId, String scopes, LocalDate expiresOn) {
}

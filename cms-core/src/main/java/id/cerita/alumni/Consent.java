package id.cerita.alumni;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One consent given by an alumnus: its scopes, when it was given, how it was obtained and the evidence (a signed
 * form's reference, optionally its privately stored scan), an optional expiry and, once withdrawn, who recorded the
 * withdrawal and why. Never deleted: it is the record of what was agreed.
 */
@Table("alumnus_consent")
public record Consent(UUID consentId, String scopes, LocalDate givenOn, String evidence, LocalDate expiresOn,
        Instant withdrawnAt, String withdrawnBy, String withdrawalReason, LocalDate expiryNotedOn, String obtainedHow,
        String evidenceFile, String evidenceType, String evidenceName, String recordedBy) {

    static Consent given(Set<ConsentScope> scopes, LocalDate givenOn, String evidence, LocalDate expiresOn) {
        return given(new ConsentProof(scopes, givenOn, expiresOn, null, evidence, null), null);
    }

    static Consent given(ConsentProof proof, String by) {
        EvidenceFile file = proof.file();
        String evidence = proof.evidence() != null && !proof.evidence().isBlank() ? proof.evidence().strip()
                : file != null ? file.originalName() : proof.evidence();
        return new Consent(UUID.randomUUID(), encode(proof.scopes()), proof.givenOn(), evidence,
                proof.expiresOn(), null, null, null, null, proof.method() == null ? null : proof.method().name(),
                file == null ? null : file.storedName(), file == null ? null : file.contentType(),
                file == null ? null : file.originalName(), by);
    }

    public Set<ConsentScope> scopeSet() {
        if (scopes == null || scopes.isBlank()) {
            return EnumSet.noneOf(ConsentScope.class);
        }
        return Arrays.stream(scopes.split(",")).map(ConsentScope::valueOf)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(ConsentScope.class)));
    }

    public ConsentMethod method() {
        return obtainedHow == null ? null : ConsentMethod.valueOf(obtainedHow);
    }

    public boolean hasEvidenceFile() {
        return evidenceFile != null;
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    public boolean expiredOn(LocalDate day) {
        return expiresOn != null && !day.isBefore(expiresOn);
    }

    /** In force on that day: given, not yet expired, not withdrawn. */
    public boolean inForceOn(LocalDate day) {
        return !withdrawn() && !day.isBefore(givenOn) && !expiredOn(day);
    }

    Consent withdraw(Instant at, String by, String reason) {
        return new Consent(consentId, scopes, givenOn, evidence, expiresOn, at, by, reason, expiryNotedOn,
                obtainedHow, evidenceFile, evidenceType, evidenceName, recordedBy);
    }

    /** Expired and not yet announced: the expiry check raises ConsentExpired once for it. */
    boolean expiryUnnotedOn(LocalDate day) {
        return !withdrawn() && expiredOn(day) && expiryNotedOn == null;
    }

    Consent noteExpiry(LocalDate day) {
        return new Consent(consentId, scopes, givenOn, evidence, expiresOn, withdrawnAt, withdrawnBy,
                withdrawalReason, day, obtainedHow, evidenceFile, evidenceType, evidenceName, recordedBy);
    }

    private static String encode(Set<ConsentScope> scopes) {
        return scopes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}

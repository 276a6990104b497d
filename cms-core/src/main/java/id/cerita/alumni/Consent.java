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
 * One consent given by an alumnus: its scopes, when it was given, the evidence (a signed form's reference), an optional
 * expiry and, once withdrawn, who recorded the withdrawal and why. Never deleted: it is the record of what was agreed.
 */
@Table("alumnus_consent")
public record Consent(UUID consentId, String scopes, LocalDate givenOn, String evidence, LocalDate expiresOn,
        Instant withdrawnAt, String withdrawnBy, String withdrawalReason, LocalDate expiryNotedOn) {

    static Consent given(Set<ConsentScope> scopes, LocalDate givenOn, String evidence, LocalDate expiresOn) {
        return new Consent(UUID.randomUUID(), encode(scopes), givenOn, evidence, expiresOn, null, null, null, null);
    }

    public Set<ConsentScope> scopeSet() {
        if (scopes == null || scopes.isBlank()) {
            return EnumSet.noneOf(ConsentScope.class);
        }
        return Arrays.stream(scopes.split(",")).map(ConsentScope::valueOf)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(ConsentScope.class)));
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
        return new Consent(consentId, scopes, givenOn, evidence, expiresOn, at, by, reason, expiryNotedOn);
    }

    /** Expired and not yet announced: the expiry check raises ConsentExpired once for it. */
    boolean expiryUnnotedOn(LocalDate day) {
        return !withdrawn() && expiredOn(day) && expiryNotedOn == null;
    }

    Consent noteExpiry(LocalDate day) {
        return new Consent(consentId, scopes, givenOn, evidence, expiresOn, withdrawnAt, withdrawnBy,
                withdrawalReason, day);
    }

    private static String encode(Set<ConsentScope> scopes) {
        return scopes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}

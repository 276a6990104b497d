package id.cerita.alumni;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import id.cerita.common.InvalidFieldException;

/** A programme alumnus a story can be about, with the consents they gave. */
@Table("alumnus")
public class Alumnus extends AbstractAggregateRoot<Alumnus> {

    @Id
    private final UUID id;
    private String fullName;
    private Integer cohort;
    private String regionCode;
    private String businessName;
    private String occupation;
    private final Instant createdAt;
    @MappedCollection(idColumn = "alumnus_id", keyColumn = "position")
    private final List<Consent> consents;
    @Version
    private Long version;

    @PersistenceCreator
    Alumnus(UUID id, String fullName, Integer cohort, String regionCode, String businessName, String occupation,
            Instant createdAt, List<Consent> consents, Long version) {
        this.id = id;
        this.fullName = fullName;
        this.cohort = cohort;
        this.regionCode = regionCode;
        this.businessName = businessName;
        this.occupation = occupation;
        this.createdAt = createdAt;
        this.consents = new ArrayList<>(consents);
        this.version = version;
    }

    static Alumnus register(AlumnusDetails details, Instant now) {
        return new Alumnus(UUID.randomUUID(), details.fullName(), details.cohort(), details.regionCode(),
                details.businessName(), details.occupation(), now, List.of(), null);
    }

    void update(AlumnusDetails details) {
        this.fullName = details.fullName();
        this.cohort = details.cohort();
        this.regionCode = details.regionCode();
        this.businessName = details.businessName();
        this.occupation = details.occupation();
    }

    Consent recordConsent(Set<ConsentScope> scopes, LocalDate givenOn, String evidence, LocalDate expiresOn) {
        if (scopes.isEmpty()) {
            throw new InvalidFieldException("scopes", "consent.scopes-empty", "Pilih sedikitnya satu cakupan persetujuan");
        }
        if (evidence == null || evidence.isBlank()) {
            throw new InvalidFieldException("evidence", "consent.evidence-missing",
                    "Persetujuan perlu bukti, misalnya nomor formulir yang ditandatangani");
        }
        if (expiresOn != null && !expiresOn.isAfter(givenOn)) {
            throw new InvalidFieldException("expiresOn", "consent.expiry-before-given",
                    "Tanggal berakhir harus setelah tanggal persetujuan diberikan");
        }
        Consent consent = Consent.given(scopes, givenOn, evidence, expiresOn);
        consents.add(consent);
        registerEvent(new ConsentRecorded(id, consent.consentId(), consent.scopeSet()));
        return consent;
    }

    void withdrawConsent(UUID consentId, String by, String reason, Clock clock) {
        for (int i = 0; i < consents.size(); i++) {
            Consent consent = consents.get(i);
            if (consent.consentId().equals(consentId)) {
                if (consent.withdrawn()) {
                    throw new IllegalStateException("Persetujuan ini sudah ditarik");
                }
                Instant now = clock.instant();
                consents.set(i, consent.withdraw(now, by, reason));
                registerEvent(new ConsentWithdrawn(id, consentId, consent.scopeSet(), now, by));
                return;
            }
        }
        throw new InvalidFieldException("consentId", "consent.unknown", "Persetujuan tidak ditemukan: " + consentId);
    }

    /** Announces each consent that has expired by {@code day}, once. */
    int noteExpiries(LocalDate day) {
        int noted = 0;
        for (int i = 0; i < consents.size(); i++) {
            Consent consent = consents.get(i);
            if (consent.expiryUnnotedOn(day)) {
                consents.set(i, consent.noteExpiry(day));
                registerEvent(new ConsentExpired(id, consent.consentId(), consent.scopeSet(), consent.expiresOn()));
                noted++;
            }
        }
        return noted;
    }

    /** The scopes covered on that day by the consents in force. */
    public Set<ConsentScope> consentedScopesOn(LocalDate day) {
        Set<ConsentScope> scopes = EnumSet.noneOf(ConsentScope.class);
        consents.stream().filter(c -> c.inForceOn(day)).forEach(c -> scopes.addAll(c.scopeSet()));
        return scopes;
    }

    public boolean consentCovers(Set<ConsentScope> needed, LocalDate day) {
        return consentedScopesOn(day).containsAll(needed);
    }

    public UUID id() { return id; }
    public String fullName() { return fullName; }
    public Integer cohort() { return cohort; }
    public String regionCode() { return regionCode; }
    public String businessName() { return businessName; }
    public String occupation() { return occupation; }
    public Instant createdAt() { return createdAt; }
    public List<Consent> consents() { return List.copyOf(consents); }
    public Long version() { return version; }
}

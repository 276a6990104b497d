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

import id.cerita.common.AlumnusId;
import id.cerita.common.Identifier;
import id.cerita.common.InvalidFieldException;
import id.cerita.common.StateConflictException;

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
    private String phone;
    private String email;
    private UUID mergedInto;
    private String updatedBy;
    private final Instant createdAt;
    @MappedCollection(idColumn = "alumnus_id", keyColumn = "position")
    private final List<Consent> consents;
    @Version
    private Long version;

    @PersistenceCreator
    Alumnus(UUID id, String fullName, Integer cohort, String regionCode, String businessName, String occupation,
            String phone, String email, UUID mergedInto, String updatedBy, Instant createdAt, List<Consent> consents,
            Long version) {
        this.id = id;
        this.fullName = fullName;
        this.cohort = cohort;
        this.regionCode = regionCode;
        this.businessName = businessName;
        this.occupation = occupation;
        this.phone = phone;
        this.email = email;
        this.mergedInto = mergedInto;
        this.updatedBy = updatedBy;
        this.createdAt = createdAt;
        this.consents = new ArrayList<>(consents);
        this.version = version;
    }

    static Alumnus register(AlumnusDetails details, Instant now, String by) {
        Alumnus alumnus = new Alumnus(UUID.randomUUID(), details.fullName(), details.cohort(), details.regionCode(),
                details.businessName(), details.occupation(), details.phone(), details.email(), null, by, now,
                List.of(), null);
        alumnus.registerEvent(new AlumnusRegistered(alumnus.id(), details.fullName(), by));
        return alumnus;
    }

    void update(AlumnusDetails details, String by) {
        requireActive();
        this.fullName = details.fullName();
        this.cohort = details.cohort();
        this.regionCode = details.regionCode();
        this.businessName = details.businessName();
        this.occupation = details.occupation();
        this.phone = details.phone();
        this.email = details.email();
        this.updatedBy = by;
        registerEvent(new AlumnusUpdated(id(), by));
    }

    Consent recordConsent(Set<ConsentScope> scopes, LocalDate givenOn, String evidence, LocalDate expiresOn) {
        return recordConsent(new ConsentProof(scopes, givenOn, expiresOn, null, evidence, null), null);
    }

    Consent recordConsent(ConsentProof proof, String by) {
        requireActive();
        Set<ConsentScope> scopes = proof.scopes();
        LocalDate givenOn = proof.givenOn();
        LocalDate expiresOn = proof.expiresOn();
        String evidence = proof.evidence();
        if (givenOn == null) {
            throw new InvalidFieldException("givenOn", "consent.given-missing", "Isi tanggal persetujuan diberikan");
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new InvalidFieldException("scopes", "consent.scopes-empty", "Pilih sedikitnya satu cakupan persetujuan");
        }
        if ((evidence == null || evidence.isBlank()) && proof.file() == null) {
            throw new InvalidFieldException("evidence", "consent.evidence-missing",
                    "Persetujuan perlu bukti: nomor formulir yang ditandatangani, atau unggah formulirnya");
        }
        if (expiresOn != null && !expiresOn.isAfter(givenOn)) {
            throw new InvalidFieldException("expiresOn", "consent.expiry-before-given",
                    "Tanggal berakhir harus setelah tanggal persetujuan diberikan");
        }
        Consent consent = Consent.given(proof, by);
        consents.add(consent);
        registerEvent(new ConsentRecorded(id(), consent.consentId(), consent.scopeSet()));
        return consent;
    }

    void withdrawConsent(UUID consentId, String by, String reason, Clock clock) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidFieldException("reason", "consent.reason-missing", "Tulis alasan penarikan persetujuan");
        }
        if (reason.length() > 1000) {
            throw new InvalidFieldException("reason", "consent.reason-too-long", "Alasan paling panjang 1000 huruf");
        }
        for (int i = 0; i < consents.size(); i++) {
            Consent consent = consents.get(i);
            if (consent.consentId().equals(consentId)) {
                if (consent.withdrawn()) {
                    throw new StateConflictException("consent.withdrawn", "Persetujuan ini sudah ditarik");
                }
                Instant now = clock.instant();
                consents.set(i, consent.withdraw(now, by, reason));
                registerEvent(new ConsentWithdrawn(id(), consentId, consent.scopeSet(), now, by));
                return;
            }
        }
        throw new InvalidFieldException("consentId", "consent.unknown", "Persetujuan tidak ditemukan: " + consentId, consentId);
    }

    /**
     * Takes over the consents of another record of the same person, which is left empty and pointing here. Consents
     * are moved, not copied: each stays one record with its own evidence.
     */
    void absorb(Alumnus duplicate, String by) {
        requireActive();
        if (duplicate.id.equals(id)) {
            throw new InvalidFieldException("mergedId", "alumnus.merge-self", "Tidak dapat menggabungkan data dengan dirinya sendiri");
        }
        duplicate.requireActive();
        consents.addAll(duplicate.consents);
        duplicate.consents.clear();
        duplicate.mergedInto = id;
        duplicate.updatedBy = by;
        this.updatedBy = by;
        if (phone == null) {
            phone = duplicate.phone;
        }
        if (email == null) {
            email = duplicate.email;
        }
        registerEvent(new AlumniMerged(id(), duplicate.id(), by));
    }

    Consent consent(UUID consentId) {
        return consents.stream().filter(c -> c.consentId().equals(consentId)).findFirst()
            .orElseThrow(() -> new InvalidFieldException("consentId", "consent.unknown", "Persetujuan tidak ditemukan: " + consentId,
                    consentId));
    }

    void noteEvidenceOpened(UUID consentId, String by) {
        consent(consentId);
        registerEvent(new ConsentEvidenceOpened(id(), consentId, by));
    }

    private void requireActive() {
        if (mergedInto != null) {
            throw new InvalidFieldException("id", "alumnus.merged", "Data alumni ini sudah digabung ke data lain");
        }
    }

    /** Announces each consent that has expired by {@code day}, once. */
    int noteExpiries(LocalDate day) {
        int noted = 0;
        for (int i = 0; i < consents.size(); i++) {
            Consent consent = consents.get(i);
            if (consent.expiryUnnotedOn(day)) {
                consents.set(i, consent.noteExpiry(day));
                registerEvent(new ConsentExpired(id(), consent.consentId(), consent.scopeSet(), consent.expiresOn()));
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

    public AlumnusId id() { return new AlumnusId(id); }
    public String fullName() { return fullName; }
    public Integer cohort() { return cohort; }
    public String regionCode() { return regionCode; }
    public String businessName() { return businessName; }
    public String occupation() { return occupation; }
    public String phone() { return phone; }
    public String email() { return email; }
    public AlumnusId mergedInto() { return Identifier.ofNullable(mergedInto, AlumnusId::new); }
    public boolean merged() { return mergedInto != null; }
    public String updatedBy() { return updatedBy; }
    public Instant createdAt() { return createdAt; }
    public List<Consent> consents() { return List.copyOf(consents); }
    public Long version() { return version; }
}

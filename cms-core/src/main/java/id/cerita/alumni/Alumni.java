package id.cerita.alumni;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import id.cerita.common.AlumnusId;
import id.cerita.common.AsAdmin;
import id.cerita.common.AsStaff;
import id.cerita.common.InvalidFieldException;
import id.cerita.common.NotFoundException;
import id.cerita.common.StoryId;
import id.cerita.common.SystemActor;
import id.cerita.region.Regions;

/** Alumni and their consent records. */
@Service
@Validated
@Transactional(readOnly = true)
public class Alumni {

    private final AlumnusRepository alumni;
    private final Regions regions;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ConsentEvidenceStore evidence;

    Alumni(AlumnusRepository alumni, Regions regions, JdbcClient jdbc, Clock clock, ConsentEvidenceStore evidence) {
        this.alumni = alumni;
        this.regions = regions;
        this.jdbc = jdbc;
        this.clock = clock;
        this.evidence = evidence;
    }

    /** Every alumnus a story can be about (records merged into another are left out). */
    public List<Alumnus> all() {
        return alumni.findAllByOrderByFullName().stream().filter(a -> !a.merged()).toList();
    }

    public Optional<Alumnus> find(AlumnusId id) {
        return alumni.findById(id.value());
    }

    public Alumnus require(AlumnusId id) {
        return find(id).orElseThrow(() -> new NotFoundException("alumnus", "Alumni tidak ditemukan: " + id, id));
    }

    public Alumnus requireReference(String field, AlumnusId id) {
        return find(id).orElseThrow(() -> new InvalidFieldException(field, "alumnus.unknown", "Alumni tidak dikenal: " + id, id));
    }

    /** The alumni list, searched by name/business/occupation words, region and cohort; at most {@code limit}. */
    @AsStaff
    public List<AlumnusRow> search(AlumniQuery query, int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT a.id, a.full_name, a.cohort, a.region_code, r.name AS region_name, a.business_name, a.occupation,
                       (SELECT COUNT(*) FROM story s WHERE s.alumnus_id = a.id) AS stories
                FROM alumnus a JOIN region r ON r.code = a.region_code
                WHERE a.merged_into IS NULL""");
        List<Object> params = new ArrayList<>();
        if (query.text() != null && !query.text().isBlank()) {
            for (String word : query.text().strip().toLowerCase(Locale.ROOT).split("\\s+")) {
                sql.append(" AND (LOWER(a.full_name) LIKE ? OR LOWER(COALESCE(a.business_name, '')) LIKE ?"
                        + " OR LOWER(COALESCE(a.occupation, '')) LIKE ? OR LOWER(r.name) LIKE ?)");
                String like = "%" + word.replace("%", "").replace("_", "") + "%";
                params.addAll(List.of(like, like, like, like));
            }
        }
        if (query.region() != null && !query.region().isBlank()) {
            sql.append(" AND (a.region_code = ? OR r.province_code = ?)");
            params.add(query.region().strip());
            params.add(query.region().strip());
        }
        if (query.cohort() != null) {
            sql.append(" AND a.cohort = ?");
            params.add(query.cohort());
        }
        sql.append(" ORDER BY a.full_name, a.id LIMIT ?");
        params.add(Math.clamp(limit, 1, 500));
        return jdbc.sql(sql.toString()).params(params)
            .query((rs, i) -> new AlumnusRow(new AlumnusId(rs.getObject("id", UUID.class)), rs.getString("full_name"),
                    (Integer) rs.getObject("cohort"), rs.getString("region_code"), rs.getString("region_name"),
                    rs.getString("business_name"), rs.getString("occupation"), rs.getInt("stories")))
            .list();
    }

    /**
     * Records that may be the same person as {@code details}: the same name in the same regency, or the same phone
     * number or e-mail address. {@code except} (the record being edited) is left out.
     */
    @AsStaff
    public List<Alumnus> possibleDuplicates(AlumnusDetails details, AlumnusId except) {
        String name = normalName(details.fullName());
        String phone = digits(details.phone());
        String email = details.email() == null ? null : details.email().toLowerCase(Locale.ROOT);
        return all().stream()
            .filter(a -> !a.id().equals(except))
            .filter(a -> (name.equals(normalName(a.fullName())) && a.regionCode().equals(details.regionCode()))
                    || (phone != null && phone.length() >= 6 && phone.equals(digits(a.phone())))
                    || (email != null && a.email() != null && email.equals(a.email().toLowerCase(Locale.ROOT))))
            .toList();
    }

    /** The stories about this alumnus, newest first. */
    @AsStaff
    public List<AlumnusStory> storiesAbout(AlumnusId alumnusId) {
        return jdbc.sql("SELECT id, title, status, live FROM story WHERE alumnus_id = ? ORDER BY updated_at DESC")
            .param(alumnusId.value())
            .query((rs, i) -> new AlumnusStory(new StoryId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getString(3),
                    rs.getBoolean(4)))
            .list();
    }

    @Transactional
    @AsStaff
    public Alumnus register(@Valid AlumnusDetails details) {
        regions.requireRegencyOrCity("regionCode", details.regionCode());
        return alumni.save(Alumnus.register(details, clock.instant(), SystemActor.currentName()));
    }

    @Transactional
    @AsStaff
    public Alumnus update(AlumnusId id, @Valid AlumnusDetails details) {
        regions.requireRegencyOrCity("regionCode", details.regionCode());
        Alumnus alumnus = require(id);
        alumnus.update(details, SystemActor.currentName());
        return alumni.save(alumnus);
    }

    @Transactional
    @AsAdmin
    public Consent recordConsent(AlumnusId alumnusId, Set<ConsentScope> scopes, LocalDate givenOn, String evidence,
            LocalDate expiresOn) {
        Alumnus alumnus = require(alumnusId);
        Consent consent = alumnus.recordConsent(scopes, givenOn, evidence, expiresOn);
        alumni.save(alumnus);
        return consent;
    }

    /**
     * Records a consent as staff write it down, with the uploaded evidence file if there is one (checked by its
     * content and stored privately before the record is saved).
     */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM') or (@capability.granted(authentication, 'USE_NEWSROOM') and #by == authentication.name)")
    public Consent recordConsent(AlumnusId alumnusId, ConsentProof proof, byte[] file, String fileName, String by) {
        Alumnus alumnus = require(alumnusId);
        ConsentProof withFile = file == null || file.length == 0 ? proof
                : new ConsentProof(proof.scopes(), proof.givenOn(), proof.expiresOn(), proof.method(),
                        proof.evidence(), evidence.store(file, fileName));
        Consent consent = alumnus.recordConsent(withFile, by);
        alumni.save(alumnus);
        return consent;
    }

    @Transactional
    @PreAuthorize("hasRole('SYSTEM') or (@capability.granted(authentication, 'MANAGE_CONSENT') and #by == authentication.name)")
    public void withdrawConsent(AlumnusId alumnusId, UUID consentId, String by, String reason) {
        Alumnus alumnus = require(alumnusId);
        alumnus.withdrawConsent(consentId, by, reason, clock);
        alumni.save(alumnus);
    }

    /** The evidence file of a consent, for editors and admins only; every download is audited. */
    @Transactional
    @PreAuthorize("@capability.granted(authentication, 'MANAGE_CONSENT') and #by == authentication.name")
    public EvidenceDownload evidenceOf(AlumnusId alumnusId, UUID consentId, String by) {
        Alumnus alumnus = require(alumnusId);
        Consent consent = alumnus.consent(consentId);
        if (!consent.hasEvidenceFile()) {
            throw new NotFoundException("evidence", "Persetujuan ini tidak punya berkas bukti", consentId);
        }
        byte[] content = evidence.read(consent.evidenceFile());
        alumnus.noteEvidenceOpened(consentId, by);
        alumni.save(alumnus);
        return new EvidenceDownload(content, consent.evidenceType(), consent.evidenceName());
    }

    /**
     * Makes two records of one person one: {@code survivor} keeps its details and takes the other's consents; the
     * stories about the other move to the survivor (AlumniMerged), and the other record leaves every list.
     */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM') or (@capability.granted(authentication, 'MANAGE_CONSENT') and #by == authentication.name)")
    public Alumnus merge(AlumnusId survivorId, AlumnusId mergedId, String by) {
        if (mergedId == null) {
            throw new InvalidFieldException("mergedId", "alumnus.merge-missing", "Pilih data yang digabung");
        }
        Alumnus survivor = require(survivorId);
        Alumnus duplicate = requireReference("mergedId", mergedId);
        survivor.absorb(duplicate, by);
        alumni.save(duplicate);
        return alumni.save(survivor);
    }

    /**
     * Announces every consent that has expired (ConsentExpired, once each), so the stories relying on it leave the
     * public. Runs daily just after midnight in Jakarta and once at start; idempotent.
     */
    @Transactional
    public int noteExpiredConsents() {
        LocalDate today = LocalDate.now(clock);
        List<AlumnusId> ids = jdbc.sql("""
                SELECT DISTINCT alumnus_id FROM alumnus_consent
                WHERE expires_on <= ? AND withdrawn_at IS NULL AND expiry_noted_on IS NULL""")
            .param(today).query(UUID.class).stream().map(AlumnusId::new).toList();
        int noted = 0;
        for (AlumnusId id : ids) {
            Alumnus alumnus = require(id);
            noted += alumnus.noteExpiries(today);
            alumni.save(alumnus);
        }
        return noted;
    }

    /** Consents in force that end within {@code days} days: the dashboard's reminder list. */
    public List<ExpiringConsent> expiringWithin(int days) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                SELECT a.id, a.full_name, c.consent_id, c.scopes, c.expires_on FROM alumnus_consent c
                JOIN alumnus a ON a.id = c.alumnus_id
                WHERE c.withdrawn_at IS NULL AND c.expires_on > ? AND c.expires_on <= ?
                ORDER BY c.expires_on, a.full_name""")
            .param(today).param(today.plusDays(days))
            .query((rs, i) -> new ExpiringConsent(new AlumnusId(rs.getObject(1, UUID.class)), rs.getString(2),
                    rs.getObject(3, UUID.class), rs.getString(4), rs.getObject(5, LocalDate.class)))
            .list();
    }

    private static String normalName(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String digits(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        return digits.startsWith("62") ? "0" + digits.substring(2) : digits;
    }
}

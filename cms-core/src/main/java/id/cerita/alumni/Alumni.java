package id.cerita.alumni;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import id.cerita.common.AsAdmin;
import id.cerita.common.AsStaff;
import id.cerita.common.InvalidFieldException;
import id.cerita.common.NotFoundException;
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

    Alumni(AlumnusRepository alumni, Regions regions, JdbcClient jdbc, Clock clock) {
        this.alumni = alumni;
        this.regions = regions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Alumnus> all() {
        return alumni.findAllByOrderByFullName();
    }

    public Optional<Alumnus> find(UUID id) {
        return alumni.findById(id);
    }

    public Alumnus require(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("Alumni tidak ditemukan: " + id));
    }

    public Alumnus requireReference(String field, UUID id) {
        return find(id).orElseThrow(() -> new InvalidFieldException(field, "alumnus.unknown", "Alumni tidak dikenal: " + id));
    }

    @Transactional
    @AsStaff
    public Alumnus register(@Valid AlumnusDetails details) {
        regions.requireRegencyOrCity("regionCode", details.regionCode());
        return alumni.save(Alumnus.register(details, clock.instant()));
    }

    @Transactional
    @AsStaff
    public Alumnus update(UUID id, @Valid AlumnusDetails details) {
        regions.requireRegencyOrCity("regionCode", details.regionCode());
        Alumnus alumnus = require(id);
        alumnus.update(details);
        return alumni.save(alumnus);
    }

    @Transactional
    @AsAdmin
    public Consent recordConsent(UUID alumnusId, Set<ConsentScope> scopes, LocalDate givenOn, String evidence,
            LocalDate expiresOn) {
        Alumnus alumnus = require(alumnusId);
        Consent consent = alumnus.recordConsent(scopes, givenOn, evidence, expiresOn);
        alumni.save(alumnus);
        return consent;
    }

    @Transactional
    @PreAuthorize("hasRole('SYSTEM') or (hasRole('ADMIN') and #by == authentication.name)")
    public void withdrawConsent(UUID alumnusId, UUID consentId, String by, String reason) {
        Alumnus alumnus = require(alumnusId);
        alumnus.withdrawConsent(consentId, by, reason, clock);
        alumni.save(alumnus);
    }

    /**
     * Announces every consent that has expired (ConsentExpired, once each), so the stories relying on it leave the
     * public. Runs daily just after midnight in Jakarta and once at start; idempotent.
     */
    @Transactional
    public int noteExpiredConsents() {
        LocalDate today = LocalDate.now(clock);
        List<UUID> ids = jdbc.sql("""
                SELECT DISTINCT alumnus_id FROM alumnus_consent
                WHERE expires_on <= ? AND withdrawn_at IS NULL AND expiry_noted_on IS NULL""")
            .param(today).query(UUID.class).list();
        int noted = 0;
        for (UUID id : ids) {
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
            .query((rs, i) -> new ExpiringConsent(rs.getObject(1, UUID.class), rs.getString(2),
                    rs.getObject(3, UUID.class), rs.getString(4), rs.getObject(5, LocalDate.class)))
            .list();
    }
}

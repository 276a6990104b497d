package id.cerita.user;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.cerita.common.AsAdmin;
import id.cerita.common.InvalidFieldException;
import id.cerita.common.SecretTokens;
import id.cerita.common.SystemActor;
import id.cerita.user.SecondFactorEvent.RecoveryCodeUsed;
import id.cerita.user.SecondFactorEvent.SecondFactorCodeRefused;
import id.cerita.user.SecondFactorEvent.SecondFactorDisabled;
import id.cerita.user.SecondFactorEvent.SecondFactorEnabled;
import id.cerita.user.SecondFactorEvent.SecondFactorReset;

/**
 * The staff's second factor: a TOTP secret confirmed with a first code, ten one-time recovery codes (kept as SHA-256
 * hashes, shown once), turning it off with a current code, and an administrator's reset. Which roles must have one
 * comes from {@link SecondFactorProperties}.
 */
@Service
@Transactional
public class SecondFactors {

    static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final TotpCodes codes;
    private final SecondFactorProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SecondFactors(JdbcClient jdbc, SecondFactorProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.codes = new TotpCodes(clock);
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean enabled(String username) {
        return secret(username).isPresent();
    }

    /** Whether one of the account's roles must sign in with a second factor. */
    public boolean required(StaffUser user) {
        return user.roles().stream().anyMatch(properties.requiredRoles()::contains);
    }

    /** The accounts that have a second factor, for the administrators' list. */
    @AsAdmin
    @Transactional(readOnly = true)
    public java.util.Set<String> usernames() {
        return java.util.Set.copyOf(jdbc.sql("SELECT username FROM second_factor").query(String.class).list());
    }

    @Transactional(readOnly = true)
    public int recoveryCodesLeft(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM recovery_code WHERE username = ? AND used_at IS NULL").param(username)
            .query(Integer.class).single();
    }

    /** A new secret for the set-up page; nothing changes until {@link #confirm} gets a code made from it. */
    public SecondFactorSetup offer(String username) {
        return SecondFactorSetup.fresh(username);
    }

    /**
     * Turns the second factor on once {@code code} shows the app holds the secret; returns the recovery codes, the
     * only time they can be read. No {@code @PreAuthorize}: a forced set-up runs before the sign-in is complete (no
     * one is signed in yet), so the web layer hands over the setup it made for the person it is signing in.
     */
    public List<String> confirm(SecondFactorSetup setup, String code) {
        String username = setup.username();
        if (enabled(username)) {
            throw new InvalidFieldException("code", "second-factor.already", "Verifikasi dua langkah sudah aktif");
        }
        OptionalLong step = codes.accept(setup.secret(), code, Long.MIN_VALUE);
        if (step.isEmpty()) {
            throw new InvalidFieldException("code", "second-factor.code", "Kode tidak cocok");
        }
        jdbc.sql("INSERT INTO second_factor (username, secret, enabled_at, last_step) VALUES (?, ?, ?, ?)")
            .params(username, setup.secret().base32(), clock.instant().atOffset(ZoneOffset.UTC), step.getAsLong())
            .update();
        List<String> recovery = newRecoveryCodes(username);
        events.publishEvent(new SecondFactorEnabled(username, username));
        return recovery;
    }

    /**
     * A code at sign-in (or to turn the factor off): six digits from the app, or an unused recovery code, which is
     * then used up. A wrong one is recorded (the caller counts it against the sign-in throttle).
     */
    public SecondFactorCheck check(String username, String code) {
        Optional<Stored> stored = stored(username);
        if (stored.isEmpty() || code == null || code.isBlank()) {
            return refused(username);
        }
        OptionalLong step = codes.accept(stored.get().secret(), code, stored.get().lastStep());
        if (step.isPresent()) {
            // only the newer step wins when two requests race with the same code
            int updated = jdbc.sql("UPDATE second_factor SET last_step = ? WHERE username = ? AND last_step < ?")
                .params(step.getAsLong(), username, step.getAsLong()).update();
            return updated == 1 ? SecondFactorCheck.CODE : refused(username);
        }
        int used = jdbc.sql("UPDATE recovery_code SET used_at = ? WHERE username = ? AND code_hash = ? AND used_at IS NULL")
            .params(clock.instant().atOffset(ZoneOffset.UTC), username, SecretTokens.hash(normalized(code))).update();
        if (used == 1) {
            events.publishEvent(new RecoveryCodeUsed(username, username, recoveryCodesLeft(username)));
            return SecondFactorCheck.RECOVERY_CODE;
        }
        return refused(username);
    }

    /** Turns your own second factor off; a current code (or a recovery code) proves it is you with your phone. */
    @PreAuthorize("#username == authentication.name")
    @Transactional(noRollbackFor = InvalidFieldException.class) // the wrong code stays in the audit log
    public void disable(String username, String code) {
        if (!check(username, code).passed()) {
            throw new InvalidFieldException("code", "second-factor.code", "Kode tidak cocok");
        }
        remove(username);
        events.publishEvent(new SecondFactorDisabled(username, username));
    }

    /** An administrator removes someone's second factor (a lost phone, no recovery codes left). */
    @AsAdmin
    public void reset(String username) {
        if (remove(username)) {
            events.publishEvent(new SecondFactorReset(username, SystemActor.currentName()));
        }
    }

    private boolean remove(String username) {
        jdbc.sql("DELETE FROM recovery_code WHERE username = ?").param(username).update();
        return jdbc.sql("DELETE FROM second_factor WHERE username = ?").param(username).update() == 1;
    }

    private SecondFactorCheck refused(String username) {
        events.publishEvent(new SecondFactorCodeRefused(username, username));
        return SecondFactorCheck.WRONG;
    }

    private List<String> newRecoveryCodes(String username) {
        List<String> recovery = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            String shown = code.substring(0, 5) + "-" + code.substring(5);
            jdbc.sql("INSERT INTO recovery_code (username, code_hash) VALUES (?, ?)")
                .params(username, SecretTokens.hash(normalized(shown))).update();
            recovery.add(shown);
        }
        return recovery;
    }

    /** Recovery codes are compared without case, spaces or dashes (people copy them by hand). */
    private static String normalized(String code) {
        return code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    private Optional<TotpSecret> secret(String username) {
        return stored(username).map(Stored::secret);
    }

    private Optional<Stored> stored(String username) {
        return jdbc.sql("SELECT secret, last_step FROM second_factor WHERE username = ?").param(username)
            .query((rs, n) -> new Stored(new TotpSecret(rs.getString(1)), rs.getLong(2))).optional();
    }

    private record Stored(TotpSecret secret, long lastStep) {
    }
}

package id.cerita.user;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.cerita.common.AsAdmin;
import id.cerita.common.InvalidFieldException;
import id.cerita.common.SystemActor;
import id.cerita.common.SecretTokens;

/**
 * One-time set-password links: an administrator starts a reset (or approves a journalist) and passes the link on;
 * whoever opens it sets a password without signing in. Valid for {@code cerita.accounts.password-link-lifetime}
 * (24 h), once. The secret is 256 random bits, kept only as its SHA-256 hash.
 */
@Service
@Transactional
public class PasswordLinks {

    private final PasswordLinkRepository links;
    private final StaffUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final AccountProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PasswordLinks(PasswordLinkRepository links, StaffUserRepository users, PasswordEncoder passwordEncoder,
            PasswordPolicy policy, AccountProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.links = links;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** Starts a password reset for {@code username}: the old password keeps working until the link is used. */
    @AsAdmin
    public IssuedPasswordLink reset(String username) {
        return issue(username, PasswordLink.Purpose.RESET);
    }

    /** A link for a new account to set its first password (package use: account creation, request approval). */
    IssuedPasswordLink welcome(String username) {
        return issue(username, PasswordLink.Purpose.WELCOME);
    }

    private IssuedPasswordLink issue(String username, PasswordLink.Purpose purpose) {
        StaffUser user = users.findByUsername(username)
            .orElseThrow(() -> new id.cerita.common.NotFoundException("user", "Pengguna tidak ditemukan: " + username, username));
        String secret = SecretTokens.newToken();
        Instant now = clock.instant();
        PasswordLink link = links.save(PasswordLink.issue(user.username(), SecretTokens.hash(secret), purpose, now,
                now.plus(properties.passwordLinkLifetime()), SystemActor.currentName()));
        events.publishEvent(new PasswordLinkIssued(user.username(), purpose.name(), link.expiresAt(),
                SystemActor.currentName()));
        return new IssuedPasswordLink(user.username(), secret, link.expiresAt());
    }

    /** Whether the link can still be used; opening it changes nothing. */
    @Transactional(readOnly = true)
    public PasswordLinkState state(String secret) {
        return find(secret).map(l -> l.stateAt(clock.instant())).orElse(PasswordLinkState.UNKNOWN);
    }

    /** The account a valid link is for (to greet the person), if the link is valid. */
    @Transactional(readOnly = true)
    public java.util.Optional<StaffUser> account(String secret) {
        return find(secret).filter(l -> l.stateAt(clock.instant()) == PasswordLinkState.VALID)
            .flatMap(l -> users.findByUsername(l.username()));
    }

    /** Sets the password through the link and uses the link up; a used, expired or unknown link is refused. */
    public StaffUser setPassword(String secret, String password, String repeated) {
        Instant now = clock.instant();
        PasswordLink link = find(secret).orElseThrow(() -> refused(PasswordLinkState.UNKNOWN));
        PasswordLinkState state = link.stateAt(now);
        if (state != PasswordLinkState.VALID) {
            throw refused(state);
        }
        StaffUser user = users.findByUsername(link.username()).orElseThrow(() -> refused(PasswordLinkState.UNKNOWN));
        if (password == null || !password.equals(repeated)) {
            throw new InvalidFieldException("repeated", "user.password-mismatch", "Kedua kata sandi tidak sama");
        }
        policy.check("password", password, user.username(), user.displayName());
        link.use(now);
        links.save(link);
        user.changePasswordHash(passwordEncoder.encode(password));
        users.save(user);
        events.publishEvent(new PasswordSet(user.username(), "link " + link.purpose()));
        return user;
    }

    private java.util.Optional<PasswordLink> find(String secret) {
        return secret == null || secret.isBlank() ? java.util.Optional.empty()
                : links.findByTokenHash(SecretTokens.hash(secret));
    }

    private static InvalidFieldException refused(PasswordLinkState state) {
        return new InvalidFieldException("token", "password-link." + state.name().toLowerCase(java.util.Locale.ROOT),
                switch (state) {
                    case USED -> "Tautan ini sudah dipakai. Minta tautan baru kepada administrator";
                    case EXPIRED -> "Tautan ini sudah kedaluwarsa. Minta tautan baru kepada administrator";
                    case UNKNOWN, VALID -> "Tautan ini tidak dikenal. Periksa alamatnya atau minta tautan baru";
                });
    }
}

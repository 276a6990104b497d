package id.cerita.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.cerita.common.InvalidFieldException;
import id.cerita.common.NotFoundException;
import id.cerita.common.SecretTokens;

/**
 * Personal API tokens: {@code Authorization: Bearer cer_…} on /api. Random 256-bit secrets, kept only as SHA-256
 * hashes (a fast hash is right here: the secret has full entropy, unlike a password), with an expiry, revocable.
 */
@Service
@Transactional
public class ApiTokens {

    public static final String PREFIX = "cer_";
    /** The authority a bearer-token request carries: such a request may never issue, list or revoke tokens. */
    public static final String TOKEN_AUTHORITY = "AUTH_BEARER_TOKEN";

    private static final java.time.Duration USE_PRECISION = java.time.Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final StaffUserRepository users;
    private final Clock clock;
    private final AccountProperties properties;

    ApiTokens(ApiTokenRepository tokens, StaffUserRepository users, Clock clock, AccountProperties properties) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
        this.properties = properties;
    }

    public Duration maxLifetime() {
        return properties.maxTokenLifetime();
    }

    /** Issues a token for {@code username}: yourself, or anyone if you are an administrator. */
    @PreAuthorize("!hasAuthority('AUTH_BEARER_TOKEN') and (hasRole('SYSTEM') or @capability.granted(authentication, 'ADMINISTER') or #username == authentication.name)")
    public IssuedToken issue(String username, String name, Duration lifetime, Set<TokenScope> scopes, String by) {
        if (users.findByUsername(username).isEmpty()) {
            throw new InvalidFieldException("username", "user.unknown", "Pengguna tidak dikenal: " + username, username);
        }
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new InvalidFieldException("name", "token.name", "Beri token nama 1-120 karakter, misalnya 'Laptop kantor'");
        }
        if (lifetime == null || lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(maxLifetime()) > 0) {
            throw new InvalidFieldException("days", "token.lifetime",
                    "Masa berlaku token 1 sampai " + maxLifetime().toDays() + " hari", maxLifetime().toDays());
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new InvalidFieldException("scopes", "token.scopes", "Pilih paling sedikit satu cakupan token");
        }
        String secret = PREFIX + SecretTokens.newToken();
        Instant now = clock.instant();
        ApiToken token = tokens.save(ApiToken.issue(username, name.strip(), SecretTokens.hash(secret),
                secret.substring(0, 10), now, now.plus(lifetime), scopes, by));
        return new IssuedToken(token, secret);
    }

    /** A token with every scope. */
    @PreAuthorize("!hasAuthority('AUTH_BEARER_TOKEN') and (hasRole('SYSTEM') or @capability.granted(authentication, 'ADMINISTER') or #username == authentication.name)")
    public IssuedToken issue(String username, String name, Duration lifetime, String by) {
        return issue(username, name, lifetime, java.util.EnumSet.allOf(TokenScope.class), by);
    }

    @PreAuthorize("!hasAuthority('AUTH_BEARER_TOKEN') and (hasRole('SYSTEM') or @capability.granted(authentication, 'ADMINISTER') or @apiTokenOwnership.owns(#tokenId, authentication.name))")
    public void revoke(UUID tokenId, String by) {
        ApiToken token = tokens.findById(tokenId).orElseThrow(() -> new NotFoundException("token", "Token tidak ditemukan", tokenId));
        token.revoke(by, clock.instant());
        tokens.save(token);
    }

    @PreAuthorize("!hasAuthority('AUTH_BEARER_TOKEN') and (hasRole('SYSTEM') or @capability.granted(authentication, 'ADMINISTER') or #username == authentication.name)")
    @Transactional(readOnly = true)
    public List<ApiToken> of(String username) {
        return tokens.findByUsernameOrderByCreatedAtDesc(username);
    }

    /** The live token behind a presented bearer secret, with its (enabled) owner; notes its use. */
    public Optional<TokenHolder> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(SecretTokens.hash(secret)).filter(t -> t.usableAt(now)).flatMap(token -> {
            // once a minute is precise enough for "last used", and spares a write per request
            tokens.noteUse(token.id(), now, now.minus(USE_PRECISION));
            return users.findByUsername(token.username()).filter(StaffUser::enabled)
                .map(user -> new TokenHolder(user, token.scopes()));
        });
    }
}

package id.cerita.user.web;

import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

import id.cerita.user.ApiToken;
import id.cerita.user.ApiTokens;
import id.cerita.user.IssuedToken;
import id.cerita.user.TokenScope;
import id.cerita.web.ApiController;

/**
 * Your personal API tokens: list, issue (the secret is in the answer, once), revoke. Only with a password or a
 * session: a bearer token is refused here (403), so a short-lived token can never mint a long-lived one.
 */
@ApiController
@RequestMapping("/api/tokens")
class TokenApiController {

    private final ApiTokens tokens;

    TokenApiController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /** {@code days} up to {@code cerita.accounts.max-token-lifetime} (365 by default); no scopes means all. */
    record Issue(@NotBlank String name, @Min(1) int days, java.util.Set<TokenScope> scopes) {
    }

    record TokenView(UUID id, String name, String prefix, Instant createdAt, Instant expiresAt, Instant revokedAt,
            Instant lastUsedAt, java.util.Set<TokenScope> scopes) {

        static TokenView of(ApiToken t) {
            return new TokenView(t.id(), t.name(), t.prefix(), t.createdAt(), t.expiresAt(), t.revokedAt(),
                    t.lastUsedAt(), t.scopes());
        }
    }

    record Issued(TokenView token, String secret) {
    }

    @GetMapping
    List<TokenView> mine(Principal user) {
        return tokens.of(user.getName()).stream().map(TokenView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Issued issue(@Valid @RequestBody Issue command, Principal user) {
        IssuedToken issued = tokens.issue(user.getName(), command.name(), Duration.ofDays(command.days()),
                command.scopes() == null || command.scopes().isEmpty() ? java.util.EnumSet.allOf(TokenScope.class)
                        : command.scopes(), user.getName());
        return new Issued(TokenView.of(issued.token()), issued.secret());
    }

    @DeleteMapping("/{tokenId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable UUID tokenId, Principal user) {
        tokens.revoke(tokenId, user.getName());
    }
}

package id.cerita.user;

import java.time.Instant;

/** A set-password link just issued: {@code secret} exists only in this answer (shown to the administrator once). */
public record IssuedPasswordLink(String username, String secret, Instant expiresAt) {

    /** The path of the set-password page for this link. */
    public String path() {
        return "/set-password/" + secret;
    }
}

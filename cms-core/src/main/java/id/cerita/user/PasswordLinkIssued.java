package id.cerita.user;

import java.time.Instant;

public record PasswordLinkIssued(String username, String purpose, Instant expiresAt, String by) {
}

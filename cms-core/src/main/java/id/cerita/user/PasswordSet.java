package id.cerita.user;

/** Someone set a new password: through a one-time link, or on their profile. */
public record PasswordSet(String username, String how) {
}

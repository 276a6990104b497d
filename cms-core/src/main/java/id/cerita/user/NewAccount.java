package id.cerita.user;

/** An account just opened, with the one-time link its owner sets a password with. */
public record NewAccount(StaffUser user, IssuedPasswordLink link) {
}

package id.cerita.user;

/** What a set-password link answers when opened. */
public enum PasswordLinkState { VALID, USED, EXPIRED, UNKNOWN }

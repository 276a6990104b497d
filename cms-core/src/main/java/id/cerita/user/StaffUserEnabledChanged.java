package id.cerita.user;

public record StaffUserEnabledChanged(String username, boolean enabled, String by) {
}

package id.cerita.user;

import java.util.Set;

public record StaffUserCreated(String username, Set<Role> roles, String by) {
}

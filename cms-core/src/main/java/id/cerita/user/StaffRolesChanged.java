package id.cerita.user;

import java.util.Set;

public record StaffRolesChanged(String username, Set<Role> before, Set<Role> after, String by) {
}

package id.cerita.media.web;

import org.springframework.security.core.Authentication;

import id.cerita.user.Role;

/** Role checks on the signed-in user. */
final class Roles {

    private Roles() {
    }

    static boolean isAdmin(Authentication user) {
        return has(user, Role.ADMIN);
    }

    static boolean isStaff(Authentication user) {
        return has(user, Role.WRITER) || has(user, Role.EDITOR) || has(user, Role.ADMIN);
    }

    static boolean has(Authentication user, Role role) {
        return user != null && user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
    }
}

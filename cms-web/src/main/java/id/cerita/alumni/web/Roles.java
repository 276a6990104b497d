package id.cerita.alumni.web;

import org.springframework.security.core.Authentication;

/** Who may do what on the alumni pages (the services check again). */
final class Roles {

    private Roles() {
    }

    /** Withdraw consents, download evidence, merge records: editors and admins. */
    static boolean canManageConsent(Authentication user) {
        return user != null && user.getAuthorities().stream()
            .anyMatch(a -> a.getAuthority().equals("ROLE_EDITOR") || a.getAuthority().equals("ROLE_ADMIN"));
    }
}

package id.cerita.alumni.web;

import org.springframework.security.core.Authentication;

import id.cerita.user.Capability;
import id.cerita.web.Capabilities;

/** Who may do what on the alumni pages, answered by the one role vocabulary ({@link Capability}); the services check again. */
final class Roles {

    private Roles() {
    }

    /** Withdraw consents, download evidence, merge records. */
    static boolean canManageConsent(Authentication user) {
        return Capabilities.has(user, Capability.MANAGE_CONSENT);
    }
}

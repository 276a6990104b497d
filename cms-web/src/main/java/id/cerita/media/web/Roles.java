package id.cerita.media.web;

import org.springframework.security.core.Authentication;

import id.cerita.user.Capability;
import id.cerita.web.Capabilities;

/** The media library's questions about the signed-in user, answered by the one role vocabulary ({@link Capability}). */
final class Roles {

    private Roles() {
    }

    static boolean isAdmin(Authentication user) {
        return Capabilities.has(user, Capability.ADMINISTER);
    }

    static boolean isStaff(Authentication user) {
        return Capabilities.has(user, Capability.USE_NEWSROOM);
    }
}

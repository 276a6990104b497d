package id.cerita.press.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import id.cerita.press.EmbargoAccess;
import id.cerita.user.Capability;
import id.cerita.web.Capabilities;

/**
 * Who may receive embargoed material: the roles with {@link Capability#RECEIVE_EMBARGOED}, and journalists given the
 * {@value #AUTHORITY} authority (the workflow's role matrix grants it). Everyone else gets released stories only.
 */
final class EmbargoClearance {

    static final String AUTHORITY = "PRESS_EMBARGO_ACCESS";

    private EmbargoClearance() {
    }

    static EmbargoAccess of(Authentication authentication) {
        boolean cleared = Capabilities.has(authentication, Capability.RECEIVE_EMBARGOED)
                || authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(AUTHORITY::equals);
        return cleared ? EmbargoAccess.INCLUDING_EMBARGOED : EmbargoAccess.RELEASED_ONLY;
    }
}

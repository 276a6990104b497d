package id.cerita.press.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import id.cerita.press.EmbargoAccess;
import id.cerita.user.Role;

/**
 * Who may receive embargoed material: editors and admins (they approved it), and journalists given the
 * {@value #AUTHORITY} authority (the workflow's role matrix grants it). Everyone else gets released stories only.
 */
final class EmbargoClearance {

    static final String AUTHORITY = "PRESS_EMBARGO_ACCESS";

    private EmbargoClearance() {
    }

    static EmbargoAccess of(Authentication authentication) {
        boolean cleared = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
            .anyMatch(a -> a.equals(Role.EDITOR.authority()) || a.equals(Role.ADMIN.authority()) || a.equals(AUTHORITY));
        return cleared ? EmbargoAccess.INCLUDING_EMBARGOED : EmbargoAccess.RELEASED_ONLY;
    }
}

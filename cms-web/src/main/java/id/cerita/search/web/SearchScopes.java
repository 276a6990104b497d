package id.cerita.search.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import id.cerita.search.SearchScope;
import id.cerita.story.Audience;
import id.cerita.user.Role;

/**
 * Which stories a signed-in person's search may find. Journalists always search as the press. Staff search the
 * newsroom's working copies (writers their own, editors and admins all), or ask for the press view.
 */
final class SearchScopes {

    private SearchScopes() {
    }

    static SearchScope of(Authentication user, String requested) {
        boolean staff = has(user, Role.WRITER) || has(user, Role.EDITOR) || has(user, Role.ADMIN);
        if (!staff || "press".equalsIgnoreCase(requested)) {
            return new SearchScope.Outside(Audience.PRESS);
        }
        return new SearchScope.Staff(user.getName(), has(user, Role.EDITOR) || has(user, Role.ADMIN));
    }

    private static boolean has(Authentication user, Role role) {
        for (GrantedAuthority authority : user.getAuthorities()) {
            if (role.authority().equals(authority.getAuthority())) {
                return true;
            }
        }
        return false;
    }
}

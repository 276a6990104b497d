package id.cerita.search.web;

import org.springframework.security.core.Authentication;

import id.cerita.search.SearchScope;
import id.cerita.story.Audience;
import id.cerita.user.Capability;
import id.cerita.web.Capabilities;

/**
 * Which stories a signed-in person's search may find. Outside the newsroom (journalists) always as the press. The
 * newsroom searches its working copies (every story or their own, as {@link Capability#SEE_EVERY_STORY} says), or
 * asks for the press view.
 */
final class SearchScopes {

    private SearchScopes() {
    }

    static SearchScope of(Authentication user, String requested) {
        if (!Capabilities.has(user, Capability.USE_NEWSROOM) || "press".equalsIgnoreCase(requested)) {
            return new SearchScope.Outside(Audience.PRESS);
        }
        return new SearchScope.Staff(user.getName(), Capabilities.has(user, Capability.SEE_EVERY_STORY));
    }
}

package id.cerita.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import id.cerita.user.TokenScope;

/**
 * Which scope a bearer-token request needs. Tokens can never reach the token endpoints (only a signed-in session
 * issues, lists or revokes tokens); searching needs READ_SEARCH, press kits and press photos DOWNLOAD_KITS, reading
 * working copies of stories, administration and every change WRITE_STORIES (never a profile or password change). Reference data (courses, regions,
 * themes...) any token may read.
 */
final class TokenScopeRules {

    private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;
    private static final PathPattern TOKENS = PARSER.parse("/api/tokens/**");
    private static final PathPattern PROFILE = PARSER.parse("/api/profile/**");
    private static final PathPattern SEARCH = PARSER.parse("/api/search/**");
    private static final Set<PathPattern> KITS = Set.of(PARSER.parse("/api/stories/*/press-kit"),
            PARSER.parse("/api/media/*/press.jpg"), PARSER.parse("/api/media/*/files/**"));
    private static final Set<PathPattern> NEWSROOM = Set.of(PARSER.parse("/api/stories/**"),
            PARSER.parse("/api/alumni/**"), PARSER.parse("/api/admin/**"), PARSER.parse("/api/media/**"));

    private TokenScopeRules() {
    }

    static boolean permits(Set<TokenScope> scopes, HttpServletRequest request) {
        PathContainer path = path(request);
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (TOKENS.matches(path) || (!read && PROFILE.matches(path))) {
            return false;
        }
        if (read && SEARCH.matches(path)) {
            return scopes.contains(TokenScope.READ_SEARCH);
        }
        if (read && KITS.stream().anyMatch(p -> p.matches(path))) {
            return scopes.contains(TokenScope.DOWNLOAD_KITS);
        }
        if (!read || NEWSROOM.stream().anyMatch(p -> p.matches(path))) {
            return scopes.contains(TokenScope.WRITE_STORIES);
        }
        return true;
    }

    /** The token endpoints or the profile: what only a signed-in person may do, never a token. */
    static boolean administersTokens(HttpServletRequest request) {
        return TOKENS.matches(path(request)) || PROFILE.matches(path(request));
    }

    private static PathContainer path(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        return PathContainer.parsePath(uri);
    }
}

package id.cerita.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/**
 * The API requests that need a CSRF token: writes (not GET, HEAD, OPTIONS, TRACE) that come with a session cookie and
 * no credentials of their own. A browser adds the cookie to a cross-site form or fetch on its own; it never adds an
 * {@code Authorization} header, so Basic and token clients are not asked for a token they could not have.
 */
final class SessionCookieWrites {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private SessionCookieWrites() {
    }

    static boolean matches(HttpServletRequest request) {
        return !SAFE.contains(request.getMethod()) && request.getRequestedSessionId() != null
                && request.getHeader(HttpHeaders.AUTHORIZATION) == null;
    }
}

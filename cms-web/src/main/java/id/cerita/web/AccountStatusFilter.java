package id.cerita.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import id.cerita.audit.AuditLog;
import id.cerita.user.StaffUser;
import id.cerita.user.StaffUsers;

/**
 * Every signed-in page request looks the account up again: a disabled account's session ends on its next request
 * (back to the sign-in page, which says why). The account's display name is left for the header as the request
 * attribute {@value #DISPLAY_NAME}.
 */
class AccountStatusFilter extends OncePerRequestFilter {

    static final String DISPLAY_NAME = "signedInDisplayName";

    private final StaffUsers users;
    private final AuditLog audit;
    private final boolean pages;

    /** For the pages: a disabled account is sent to the sign-in page. */
    AccountStatusFilter(StaffUsers users, AuditLog audit) {
        this(users, audit, true);
    }

    /**
     * {@code pages} false (the API, which reads the browser session too): the request goes on unauthenticated, so the
     * API answers 401 as a problem detail instead of a redirect.
     */
    AccountStatusFilter(StaffUsers users, AuditLog audit, boolean pages) {
        this.users = users;
        this.audit = audit;
        this.pages = pages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!pages && request.getHeader("Authorization") != null) {
            // Basic and token sign-ins were just checked against the account (a disabled one fails there): only a
            // session read by the API needs looking up again, so scripts pay no second query per request
            chain.doFilter(request, response);
            return;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            StaffUser user = users.find(auth.getName()).orElse(null);
            if (user != null && !user.enabled()) {
                audit.append(user.username(), "login.session-ended", "user", user.username(), "akun dinonaktifkan");
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
                if (pages) {
                    response.sendRedirect(request.getContextPath() + "/login?disabled");
                    return;
                }
            }
            else {
                request.setAttribute(DISPLAY_NAME, user == null ? auth.getName() : user.displayName());
            }
        }
        chain.doFilter(request, response);
    }
}

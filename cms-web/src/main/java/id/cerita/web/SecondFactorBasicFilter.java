package id.cerita.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

import id.cerita.audit.AuditLog;
import id.cerita.user.SecondFactors;

/**
 * Right after HTTP Basic on the API: an account with a second factor may not get in with its password alone (that
 * would skip the factor), so the request is refused with a 401 that points to personal API tokens. Tokens, and
 * accounts without a second factor, are not affected.
 */
class SecondFactorBasicFilter extends OncePerRequestFilter {

    private final SecondFactors secondFactors;
    private final ApiSecurityProblems problems;
    private final AuditLog audit;

    SecondFactorBasicFilter(SecondFactors secondFactors, ApiSecurityProblems problems, AuditLog audit) {
        this.secondFactors = secondFactors;
        this.problems = problems;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)
                && auth instanceof UsernamePasswordAuthenticationToken && auth.isAuthenticated()
                && secondFactors.enabled(auth.getName())) {
            SecurityContextHolder.clearContext();
            audit.append(auth.getName(), "login.basic-refused", "user", auth.getName(), "verifikasi dua langkah aktif");
            problems.secondFactorBasic(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}

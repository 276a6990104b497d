package id.cerita.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import id.cerita.audit.AuditLog;
import id.cerita.user.ApiTokens;
import id.cerita.user.TokenHolder;

/**
 * {@code Authorization: Bearer cer_…} on the API: a personal token stands for its owner, with the owner's roles,
 * within the token's scopes ({@link TokenScopeRules}: never the token endpoints themselves). An
 * unknown, expired or revoked token is answered 401 at once (and logged), never passed on as anonymous.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final AuditLog audit;
    private final ApiSecurityProblems problems;

    ApiTokenAuthenticationFilter(ApiTokens tokens, AuditLog audit, ApiSecurityProblems problems) {
        this.tokens = tokens;
        this.audit = audit;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        String secret = header.substring(BEARER.length()).strip();
        TokenHolder holder = tokens.authenticate(secret).orElse(null);
        if (holder == null) {
            audit.append("anonymous", "login.failed", "token",
                    secret.length() >= 10 ? secret.substring(0, 10) : "?", "token tidak dikenal, kedaluwarsa atau dicabut");
            problems.invalidToken(request, response);
            return;
        }
        if (!TokenScopeRules.permits(holder.scopes(), request)) {
            audit.append(holder.user().username(), "token.scope-refused", "token", secret.substring(0, 10),
                    request.getMethod() + " " + request.getRequestURI() + ", cakupan " + holder.scopes());
            problems.insufficientScope(request, response, holder.scopes(), TokenScopeRules.administersTokens(request));
            return;
        }
        java.util.List<SimpleGrantedAuthority> authorities = new java.util.ArrayList<>();
        holder.user().roles().forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
        holder.scopes().forEach(s -> authorities.add(new SimpleGrantedAuthority(s.authority())));
        authorities.add(new SimpleGrantedAuthority(ApiTokens.TOKEN_AUTHORITY));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(holder.user().username(), null,
                authorities));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        }
        finally {
            SecurityContextHolder.clearContext();
        }
    }
}

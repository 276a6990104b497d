package id.cerita.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** The API chain's 401 and 403 as RFC 9457 problem details in the caller's language, not Spring Security's own shape. */
@Component
class ApiSecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemResponses responses;
    private final MessageSource messages;
    private final LocaleResolver locales;

    ApiSecurityProblems(ProblemResponses responses, MessageSource messages, LocaleResolver locales) {
        this.responses = responses;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        ProblemDetail problem = problem(request, HttpStatus.UNAUTHORIZED, "unauthenticated");
        responses.write(ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Cerita\"").body(problem), request, response);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        responses.write(ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(request, HttpStatus.FORBIDDEN, "forbidden")),
                request, response);
    }

    /** A bearer token nobody knows, or expired, or revoked. */
    void invalidToken(HttpServletRequest request, HttpServletResponse response) throws IOException {
        responses.write(ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                .body(problem(request, HttpStatus.UNAUTHORIZED, "invalid-token")), request, response);
    }

    /** A valid token asked for something its scopes do not cover; {@code tokenAdministration}: tokens or profile. */
    void insufficientScope(HttpServletRequest request, HttpServletResponse response, Object scopes,
            boolean tokenAdministration) throws IOException {
        ProblemDetail problem = problem(request, HttpStatus.FORBIDDEN, "insufficient-scope");
        if (tokenAdministration) {
            problem.setDetail(messages.getMessage("hardening.problem.insufficient-scope.administration", null,
                    locale(request)));
        }
        problem.setProperty("scopes", String.valueOf(scopes));
        responses.write(ResponseEntity.status(HttpStatus.FORBIDDEN)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"").body(problem),
                request, response);
    }

    /**
     * HTTP Basic with the password of an account that signs in with a second factor: a password alone is not enough
     * there, so scripts use a personal API token instead.
     */
    void secondFactorBasic(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locale(request);
        ProblemDetail problem = ApiProblems.problem(HttpStatus.UNAUTHORIZED, "second-factor-basic",
                messages.getMessage("totp.problem.basic.title", null, locale),
                messages.getMessage("totp.problem.basic.detail", null, locale));
        responses.write(ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").body(problem), request, response);
    }

    /** Any other error status set outside the controllers (a filter's sendError, an exception in a filter). */
    void status(HttpServletRequest request, HttpServletResponse response, HttpStatus status) throws IOException {
        boolean server = status.is5xxServerError();
        Locale locale = locale(request);
        ProblemDetail problem = ApiProblems.problem(status, server ? "server-error" : "http-" + status.value(),
                server ? messages.getMessage("hardening.problem.server-error.title", null, locale)
                        : status.getReasonPhrase(),
                messages.getMessage("hardening.problem." + (server ? "server-error" : "status") + ".detail", null,
                        locale));
        responses.write(ResponseEntity.status(status).body(problem), request, response);
    }

    /** The database did not answer while a filter used it (an API token's check): 503 with Retry-After, as in the controllers. */
    void databaseUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        responses.write(ApiProblems.databaseUnavailable(messages, locale(request)), request, response);
    }

    /** The language the person chose in the UI (its cookie), else the one the client asks for, as the API does. */
    private Locale locale(HttpServletRequest request) {
        boolean chosen = request.getCookies() != null
                && java.util.Arrays.stream(request.getCookies()).anyMatch(c -> c.getName().equals("cerita-lang"));
        return chosen ? locales.resolveLocale(request) : UserMessages.apiLocale(request);
    }

    private ProblemDetail problem(HttpServletRequest request, HttpStatus status, String type) {
        Locale locale = locale(request); // the filter chain runs before Spring MVC sets the locale
        return ApiProblems.problem(status, type,
                messages.getMessage("hardening.problem." + type + ".title", null, locale),
                messages.getMessage("hardening.problem." + type + ".detail", null, locale));
    }
}

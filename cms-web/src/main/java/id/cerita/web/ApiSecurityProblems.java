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

    private ProblemDetail problem(HttpServletRequest request, HttpStatus status, String type) {
        Locale locale = locales.resolveLocale(request); // the filter chain runs before Spring MVC sets the locale
        return ApiProblems.problem(status, type,
                messages.getMessage("hardening.problem." + type + ".title", null, locale),
                messages.getMessage("hardening.problem." + type + ".detail", null, locale));
    }
}

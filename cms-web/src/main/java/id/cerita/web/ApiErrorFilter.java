package id.cerita.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The last word on {@code /api/**} errors that no controller advice sees: an exception thrown by a filter (security,
 * session, multipart) and a status a filter sets with {@code sendError} (the firewall's 400, say) would reach Boot's
 * {@code /error} JSON; here they become problem details like every other API error. Runs before every other filter.
 */
@Configuration(proxyBeanMethods = false)
class ApiErrorFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorFilter.class);

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> apiErrors(ApiSecurityProblems problems) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !ProblemResponses.isApi(request);
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws IOException {
                ErrorHolding holding = new ErrorHolding(response);
                try {
                    chain.doFilter(request, holding);
                }
                catch (IOException | ServletException | RuntimeException e) {
                    if (ApiProblems.databaseAway(e) && !response.isCommitted()) {
                        // PostgreSQL restarting under an API token's check: a retry will do, not a server error
                        log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(),
                                e.toString());
                        response.resetBuffer();
                        problems.databaseUnavailable(request, response);
                        return;
                    }
                    log.error("Unhandled error on {} {}", request.getMethod(), request.getRequestURI(), e);
                    holding.status = HttpStatus.INTERNAL_SERVER_ERROR.value();
                }
                if (holding.status != 0 && !response.isCommitted()) {
                    // the buffer only: the security headers already set must stay
                    response.resetBuffer();
                    HttpStatus status = HttpStatus.resolve(holding.status);
                    problems.status(request, response, status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status);
                }
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    /** Keeps a {@code sendError} for the problem detail instead of letting the container forward to /error. */
    private static final class ErrorHolding extends HttpServletResponseWrapper {

        private int status;

        ErrorHolding(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int sc) {
            status = sc;
        }

        @Override
        public void sendError(int sc, String msg) {
            status = sc;
        }
    }
}

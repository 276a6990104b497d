package id.cerita.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Problem details for the API's errors that no API controller's handler sees: before a controller is chosen (404,
 * 405, 415, the multipart limit) the standard Spring MVC exceptions go through {@link ApiProblems}' handling; any
 * exception nobody handled becomes a 500 problem detail without internals (and is logged). Spring Security's own
 * 401/403 are {@link ApiSecurityProblems}. Other requests are left to the UI's error page, unless their script asks
 * for {@code application/problem+json} (the media upload page, which shows the problem's detail).
 */
@Configuration(proxyBeanMethods = false)
class ApiErrorResolvers {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorResolvers.class);

    /** Before Spring MVC's own resolvers (order 0), which would answer these with an empty body. */
    @Bean
    HandlerExceptionResolver apiProblemsOutsideControllers(ApiProblems problems, ProblemResponses responses) {
        return new Resolver(Ordered.HIGHEST_PRECEDENCE + 10) {
            @Override
            ResponseEntity<?> problem(HttpServletRequest request, HttpServletResponse response, Object handler, Exception e)
                    throws Exception {
                if (isApiController(handler)) {
                    return null; // its own handlers and ApiProblems answer
                }
                return problems.handleException(e, new ServletWebRequest(request, response));
            }
        }.writingWith(responses);
    }

    /** After every other resolver: what is left is a server error. */
    @Bean
    HandlerExceptionResolver apiServerErrors(ProblemResponses responses, MessageSource messages) {
        return new Resolver(Ordered.LOWEST_PRECEDENCE) {
            @Override
            ResponseEntity<?> problem(HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
                log.error("Unhandled error answering {} {}", request.getMethod(), request.getRequestURI(), e);
                var locale = UserMessages.problemLocale(request);
                return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(ApiProblems.problem(
                        HttpStatus.INTERNAL_SERVER_ERROR, "server-error",
                        messages.getMessage("hardening.problem.server-error.title", null, locale),
                        messages.getMessage("hardening.problem.server-error.detail", null, locale)));
            }
        }.writingWith(responses);
    }

    private static boolean isApiController(Object handler) {
        return handler instanceof HandlerMethod method
                && AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ApiController.class);
    }

    private abstract static class Resolver implements HandlerExceptionResolver, Ordered {

        private final int order;
        private ProblemResponses responses;

        Resolver(int order) {
            this.order = order;
        }

        Resolver writingWith(ProblemResponses responses) {
            this.responses = responses;
            return this;
        }

        abstract ResponseEntity<?> problem(HttpServletRequest request, HttpServletResponse response, Object handler,
                Exception e) throws Exception;

        @Override
        public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                Exception e) {
            if (!ProblemResponses.wantsProblem(request) || response.isCommitted()
                    || e instanceof AccessDeniedException || e instanceof AuthenticationException) {
                return null; // the UI's error page, or Spring Security's ExceptionTranslationFilter
            }
            ResponseEntity<?> entity;
            try {
                entity = problem(request, response, handler, e);
            } catch (Exception notAStandardException) {
                return null;
            }
            if (entity == null) {
                return null;
            }
            try {
                responses.write(entity, request, response);
            } catch (IOException writeFailed) {
                throw new UncheckedIOException(writeFailed);
            }
            return new ModelAndView();
        }

        @Override
        public int getOrder() {
            return order;
        }
    }
}

package id.cerita.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.filter.OncePerRequestFilter;

import id.cerita.testsupport.TestDatabases;

/** Errors raised in filters under /api come out as problem details, not Boot's /error JSON. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiErrorFilterTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    /** A filter that fails the way a broken one would: by throwing, or by sendError. */
    @TestConfiguration
    static class FailingFilter {

        @Bean
        FilterRegistrationBean<OncePerRequestFilter> failing() {
            FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                    new OncePerRequestFilter() {
                        @Override
                        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                FilterChain chain) throws IOException, jakarta.servlet.ServletException {
                            switch (request.getRequestURI()) {
                                case "/api/broken-filter" -> throw new IllegalStateException("rusak");
                                // what an API token's check throws while PostgreSQL restarts
                                case "/api/database-away-in-filter" -> throw new org.springframework.transaction
                                    .TransactionSystemException("JDBC rollback failed");
                                case "/api/rejected-by-filter" -> response.sendError(400, "rejected");
                                default -> chain.doFilter(request, response);
                            }
                        }
                    });
            // after the API error filter, before Spring Security
            registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 1);
            return registration;
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void answersADatabaseOutageInAFilterWith503AndRetryAfter() throws Exception {
        mvc.perform(get("/api/database-away-in-filter"))
            .andExpect(status().isServiceUnavailable())
            .andExpect(header().string("Retry-After", "5"))
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.type").value(ApiProblems.TYPE_BASE + "database-unavailable"))
            .andExpect(jsonPath("$.title").value("Basis data tidak tersedia"));
    }

    @Test
    void answersAnExceptionInAFilterWithAServerErrorProblem() throws Exception {
        mvc.perform(get("/api/broken-filter").header("Accept-Language", "en"))
            .andExpect(status().isInternalServerError())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.type").value(ApiProblems.TYPE_BASE + "server-error"))
            .andExpect(jsonPath("$.title").value("Server error"))
            .andExpect(jsonPath("$.instance").value("/api/broken-filter"));
    }

    @Test
    void answersAFiltersSendErrorWithAProblemOfThatStatus() throws Exception {
        mvc.perform(get("/api/rejected-by-filter"))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.status").value(400))
            .andExpect(jsonPath("$.type").value(ApiProblems.TYPE_BASE + "http-400"));
    }

    @Test
    void answersAnUnknownTokenWithALocalisedProblemAndTheBearerChallenge() throws Exception {
        mvc.perform(get("/api/search/stories").header("Authorization", "Bearer bukan-token-yang-ada")
                .header("Accept-Language", "en"))
            .andExpect(status().isUnauthorized())
            .andExpect(header().string("WWW-Authenticate", "Bearer error=\"invalid_token\""))
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.type").value(ApiProblems.TYPE_BASE + "invalid-token"))
            .andExpect(jsonPath("$.title").value("Invalid token"));
    }
}

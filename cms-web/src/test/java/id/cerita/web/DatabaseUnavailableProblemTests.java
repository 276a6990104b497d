package id.cerita.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.GetMapping;

import id.cerita.testsupport.TestDatabases;

/**
 * While PostgreSQL restarts, an API request whose connection cannot be had (or whose transaction cannot even be
 * rolled back) answers 503 problem details with Retry-After in the caller's language, not a 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(DatabaseUnavailableProblemTests.DatabaseAway.class)
class DatabaseUnavailableProblemTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void answers503WithRetryAfterWhenNoConnectionCanBeHad() throws Exception {
        mvc.perform(get("/api/test/database-away").with(user("sari").roles("WRITER")))
            .andExpect(status().isServiceUnavailable())
            .andExpect(header().string("Retry-After", "5"))
            .andExpect(jsonPath("$.type").value("https://cerita.id/problems/database-unavailable"))
            .andExpect(jsonPath("$.title").value("Basis data tidak tersedia"));
        mvc.perform(get("/api/test/rollback-failed").header("Accept-Language", "en")
                .with(user("sari").roles("WRITER")))
            .andExpect(status().isServiceUnavailable())
            .andExpect(jsonPath("$.title").value("Database unavailable"));
    }

    /** What the data layer throws when PostgreSQL went away, from an API controller. */
    @ApiController
    static class DatabaseAway {

        @GetMapping("/api/test/database-away")
        String away() {
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection");
        }

        @GetMapping("/api/test/rollback-failed")
        String rollbackFailed() {
            throw new TransactionSystemException("JDBC rollback failed");
        }
    }
}

package id.cerita.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import id.cerita.common.StoryId;
import id.cerita.common.SystemActor;
import id.cerita.consent.PressKitDownloads;
import id.cerita.search.SearchScope;
import id.cerita.search.StoryQuery;
import id.cerita.search.StorySearch;
import id.cerita.testsupport.TestDatabases;
import id.cerita.user.Role;
import id.cerita.user.StaffUsers;

/** What a load balancer and a Prometheus server see, through the real security chain. */
@SpringBootTest
@AutoConfigureMockMvc
class OperationsEndpointsTests {

    private static final String PASSWORD = "operasi-rahasia-2026";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
        // as on a first start: the data folder is not there yet, and readiness must still see its disk
        registry.add("cerita.data-dir", () -> Path.of(System.getProperty("java.io.tmpdir"),
                "cerita-ops-" + UUID.randomUUID(), "data").toString());
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    StorySearch search;
    @Autowired
    PressKitDownloads kitDownloads;

    @Test
    void answersTheProbesWithoutCredentialsAndWithoutDetails() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("UP"));
        String readiness = mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("UP")).andReturn().getResponse().getContentAsString();
        assertThat(readiness).doesNotContain("components").doesNotContain("alias");
    }

    @Test
    void showsAnAdministratorTheDatabaseTheDiskAndTheSearchNodeInReadiness(@Autowired StaffUsers users)
            throws Exception {
        SystemActor.run(() -> users.create("ops-admin", "Operasi", PASSWORD, EnumSet.of(Role.ADMIN)));

        mvc.perform(get("/actuator/health/readiness").with(httpBasic("ops-admin", PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.components.db.status").value("UP"))
            .andExpect(jsonPath("$.components.diskSpace.status").value("UP"))
            .andExpect(jsonPath("$.components.search.details.waiting").isNumber());
    }

    @Test
    void givesTheMetricsToAnAdministratorOnlyWithCeritasOwnMeters(@Autowired StaffUsers users) throws Exception {
        SystemActor.run(() -> users.create("ops-admin2", "Operasi", PASSWORD, EnumSet.of(Role.ADMIN)));
        SystemActor.run(() -> users.create("ops-writer", "Penulis", PASSWORD, EnumSet.of(Role.WRITER)));
        mvc.perform(get("/actuator/health"));
        search.search(StoryQuery.text("donat"), SearchScope.press());
        kitDownloads.record(StoryId.random(), "ops-journalist");

        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized())
            .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/actuator/prometheus").with(httpBasic("ops-writer", PASSWORD)))
            .andExpect(status().isForbidden());
        String scrape = mvc.perform(get("/actuator/prometheus").with(httpBasic("ops-admin2", PASSWORD)))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(scrape).contains("cerita_search_queue_waiting", "cerita_search_queue_age_seconds",
                "cerita_site_export_pages", "cerita_signin_failures_total", "http_server_requests_seconds",
                "cerita_search_latency_seconds_bucket", "cerita_search_latency_seconds_count{application=\"cerita\",outcome=\"ok\"}",
                "cerita_press_kits_downloaded_total");
    }
}

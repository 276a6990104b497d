package id.cerita.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import id.cerita.testsupport.TestDatabases;

/**
 * With the search cluster away, the search API answers 503 problem details with Retry-After in the caller's language
 * (not a 500), and the staff search page says search is unavailable instead of failing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SearchUnavailableTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        TestDatabases.h2(registry);
        // a port nobody listens on: connections are refused at once, as when the cluster is stopped
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        registry.add("cerita.search.uris", () -> "http://127.0.0.1:" + port);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void theApiAnswers503WithRetryAfterInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/search/stories").param("q", "donat").with(user("jurnalis").roles("JOURNALIST")))
            .andExpect(status().isServiceUnavailable())
            .andExpect(header().string("Retry-After", "30"))
            .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
            .andExpect(jsonPath("$.type").value("https://cerita.id/problems/search-unavailable"))
            .andExpect(jsonPath("$.title").value("Pencarian tidak tersedia"));
        mvc.perform(get("/api/search/stories").param("q", "donat").header("Accept-Language", "en")
                .with(user("jurnalis").roles("JOURNALIST")))
            .andExpect(status().isServiceUnavailable())
            .andExpect(jsonPath("$.title").value("Search unavailable"));
    }

    @Test
    void theStaffSearchPageSaysSearchIsUnavailable() throws Exception {
        String page = mvc.perform(get("/search").param("q", "donat").with(user("dewi").roles("EDITOR")))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Pencarian sedang tidak tersedia");
    }
}

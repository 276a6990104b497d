package id.cerita.alert.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import id.cerita.common.SystemActor;
import id.cerita.testsupport.TestDatabases;
import id.cerita.user.Role;
import id.cerita.user.StaffUsers;

/** The alerts API through the real security chain: follow, change when, stop; bad input as problem details. */
@SpringBootTest
@AutoConfigureMockMvc
class AlertApiTests {

    private static final String PASSWORD = "kata-sandi-wartawan-2";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @Test
    void followsChangesTheCadenceAndStopsFollowingForTheSignedInJournalistOnly(@Autowired MockMvc mvc,
            @Autowired StaffUsers users) throws Exception {
        SystemActor.run(() -> users.create("wartawan-api", "Wartawan", PASSWORD, EnumSet.of(Role.JOURNALIST)));
        SystemActor.run(() -> users.create("wartawan-lain", "Wartawan Lain", PASSWORD, EnumSet.of(Role.JOURNALIST)));
        RequestPostProcessor me = httpBasic("wartawan-api", PASSWORD);

        String created = mvc.perform(post("/api/alerts/follows").with(me).contentType(MediaType.APPLICATION_JSON)
                .content("{\"filter\":\"theme\",\"value\":\"tata-rias\",\"label\":\"Tata Rias\"}"))
            .andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("THEME"))
            .andExpect(jsonPath("$.cadence").value("INSTANT")).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        mvc.perform(put("/api/alerts/follows/{id}/cadence", id).with(me).contentType(MediaType.APPLICATION_JSON)
                .content("{\"cadence\":\"WEEKLY\"}"))
            .andExpect(status().isOk()).andExpect(jsonPath("$.cadence").value("WEEKLY"));
        mvc.perform(delete("/api/alerts/follows/{id}", id).with(httpBasic("wartawan-lain", PASSWORD)))
            .andExpect(status().isNotFound());
        mvc.perform(get("/api/alerts/follows").with(me)).andExpect(jsonPath("$.length()").value(1));
        mvc.perform(delete("/api/alerts/follows/{id}", id).with(me)).andExpect(status().isNoContent());
        mvc.perform(get("/api/alerts/follows").with(me)).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void refusesAnUnknownFilterAndABadAddressWithProblemDetails(@Autowired MockMvc mvc, @Autowired StaffUsers users)
            throws Exception {
        SystemActor.run(() -> users.create("wartawan-api2", "Wartawan", PASSWORD, EnumSet.of(Role.JOURNALIST)));
        RequestPostProcessor me = httpBasic("wartawan-api2", PASSWORD);

        mvc.perform(post("/api/alerts/follows").with(me).contentType(MediaType.APPLICATION_JSON)
                .content("{\"filter\":\"everything\",\"value\":\"x\",\"label\":\"x\"}"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/alerts/email").with(me).contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"bukan-alamat\"}"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}

package id.cerita.user.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import java.time.Duration;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.cerita.audit.AuditLog;
import id.cerita.audit.AuditQuery;
import id.cerita.common.SystemActor;
import id.cerita.testsupport.MutableClock;
import id.cerita.testsupport.MutableClockConfiguration;
import id.cerita.testsupport.TestDatabases;
import id.cerita.user.Role;
import id.cerita.user.StaffUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The accounts API: administrators open, change, disable accounts and issue one-time set-password links; tokens are
 * scoped, capped in lifetime and never manage tokens; passwords must be long and hard to guess.
 */
@SpringBootTest(properties = "cerita.accounts.max-token-lifetime=90d")
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class AccountsApiTests {

    static final String PASSWORD = "kata-sandi-panjang-1";
    static final String STRONG = "kopi tubruk di teras Ambon";

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired MutableClock clock;
    @Autowired AuditLog audit;
    @Autowired StaffUsers users;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @BeforeEach
    void accounts() {
        SystemActor.run(() -> {
            for (var account : java.util.Map.of("rudi", Role.ADMIN, "rani", Role.JOURNALIST, "sari", Role.WRITER)
                .entrySet()) {
                if (users.find(account.getKey()).isEmpty()) {
                    users.create(account.getKey(), account.getKey(), PASSWORD, Set.of(account.getValue()));
                }
            }
        });
    }

    @Test
    void refusesToLetABearerTokenMintAChildToken() throws Exception {
        String oneDay = token("rani", "{\"name\":\"Sehari\",\"days\":1}");

        MockHttpServletResponse child = mvc.perform(post("/api/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + oneDay)
            .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Setahun\",\"days\":366}")).andReturn().getResponse();

        assertThat(child.getStatus()).isEqualTo(403);
        assertThat(json.readTree(child.getContentAsString()).get("type").asString()).endsWith("/insufficient-scope");
        assertThat(bearer(oneDay, get("/api/tokens"))).as("nor list").isEqualTo(403);
        assertThat(bearer(oneDay, delete("/api/tokens/" + java.util.UUID.randomUUID()))).as("nor revoke").isEqualTo(403);
        assertThat(bearer(oneDay, put("/api/profile/password").contentType(MediaType.APPLICATION_JSON)
            .content("{\"current\":\"" + PASSWORD + "\",\"password\":\"" + STRONG + "\"}"))).as("nor change the password")
            .isEqualTo(403);
        assertThat(mvc.perform(get("/api/tokens").with(httpBasic("rani", PASSWORD))).andReturn().getResponse()
            .getContentAsString()).doesNotContain("Setahun");
    }

    @Test
    void servesManyRequestsWithOneTokenAtOnceAndNotesItsLastUse() throws Exception {
        String shared = token("rani", "{\"name\":\"Skrip redaksi\",\"days\":1}");
        // a newsroom's script with one token, many requests at a time (the load test found these conflicting)
        List<java.util.concurrent.Callable<Integer>> requests = java.util.stream.IntStream.range(0, 24)
            .mapToObj(i -> (java.util.concurrent.Callable<Integer>) () -> bearer(shared, get("/api/themes"))).toList();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            for (var answer : pool.invokeAll(requests)) {
                assertThat(answer.get()).isEqualTo(200);
            }
        }
        String listed = mvc.perform(get("/api/tokens").with(httpBasic("rani", PASSWORD))).andReturn().getResponse()
            .getContentAsString();
        assertThat(json.readTree(listed).findValues("name").stream().map(n -> n.asString()).toList())
            .contains("Skrip redaksi");
        assertThat(listed).containsPattern("\"name\":\"Skrip redaksi\"[^}]*\"lastUsedAt\":\"20");
    }

    @Test
    void capsATokensLifetimeAtTheConfiguredMaximum() throws Exception {
        MockHttpServletResponse tooLong = mvc.perform(post("/api/tokens").with(httpBasic("rani", PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Lama\",\"days\":91}")).andReturn().getResponse();

        assertThat(tooLong.getStatus()).isEqualTo(422);
        JsonNode error = json.readTree(tooLong.getContentAsString()).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("days");
        assertThat(error.get("message").asString()).contains("90 hari");
        assertThat(token("rani", "{\"name\":\"Pas\",\"days\":90}")).startsWith("cer_");
    }

    @Test
    void enforcesATokensScopeInTheApiSecurityChain() throws Exception {
        String kitsOnly = token("rani", "{\"name\":\"Kit\",\"days\":7,\"scopes\":[\"DOWNLOAD_KITS\"]}");
        String searchOnly = token("sari", "{\"name\":\"Cari\",\"days\":7,\"scopes\":[\"READ_SEARCH\"]}");
        String writing = token("sari", "{\"name\":\"Tulis\",\"days\":7,\"scopes\":[\"WRITE_STORIES\"]}");

        assertThat(bearer(kitsOnly, get("/api/search/stories"))).isEqualTo(403);
        assertThat(bearer(kitsOnly, get("/api/themes"))).as("reference data is open to any token").isEqualTo(200);
        assertThat(bearer(searchOnly, post("/api/stories").contentType(MediaType.APPLICATION_JSON).content("{}")))
            .isEqualTo(403);
        assertThat(bearer(writing, post("/api/stories").contentType(MediaType.APPLICATION_JSON).content("{}")))
            .as("past security, refused for its empty body").isEqualTo(400);
    }

    @Test
    void opensAnAccountWhoseOneTimeLinkSetsThePasswordOnce() throws Exception {
        MockHttpServletResponse opened = admin(post("/api/admin/users").contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":\"wulan\",\"displayName\":\"Wulan Sari\",\"roles\":[\"JOURNALIST\"]}"));
        assertThat(opened.getStatus()).isEqualTo(201);
        String path = json.readTree(opened.getContentAsString()).get("setPasswordLink").get("path").asString();
        String secret = path.substring(path.lastIndexOf('/') + 1);
        assertThat(SystemActor.call(() -> users.require("wulan")).displayName()).isEqualTo("Wulan Sari");
        assertThat(jdbcHashes()).as("only a hash is stored").noneMatch(h -> h.contains(secret));
        assertThat(admin(get("/api/admin/users")).getContentAsString()).contains("\"username\":\"wulan\"",
                "\"enabled\":true", "JOURNALIST");

        assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(setPassword(path, STRONG, STRONG).getRedirectedUrl()).isEqualTo("/login?password-set");
        assertThat(mvc.perform(get("/api/profile").with(httpBasic("wulan", STRONG))).andReturn().getResponse()
            .getContentAsString()).contains("Wulan Sari");

        MockHttpServletResponse again = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(again.getStatus()).as("used").isEqualTo(410);
        assertThat(again.getContentAsString()).contains("sudah dipakai");
        assertThat(setPassword(path, STRONG + "!", STRONG + "!").getStatus()).isEqualTo(410);
        assertThat(actions("wulan")).contains("user.created", "user.password-link-issued", "user.password-set");
    }

    @Test
    void expiresAResetLinkAfterADay() throws Exception {
        String path = json.readTree(admin(post("/api/admin/users/sari/password-reset")).getContentAsString())
            .get("path").asString();

        clock.advance(Duration.ofHours(25));
        try {
            MockHttpServletResponse expired = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(expired.getStatus()).isEqualTo(410);
            assertThat(expired.getContentAsString()).contains("kedaluwarsa");
        }
        finally {
            clock.advance(Duration.ofHours(-25));
        }
    }

    @Test
    void explainsWhyAPasswordIsRefusedInTheReadersLanguage() throws Exception {
        String path = json.readTree(admin(post("/api/admin/users/sari/password-reset")).getContentAsString())
            .get("path").asString();

        assertThat(setPassword(path, "pendek", "pendek").getContentAsString()).contains("paling sedikit 10 karakter");
        MockHttpServletResponse weak = mvc.perform(post(path).with(csrf()).cookie(new Cookie("cerita-lang", "en-GB"))
            .param("password", "password1234").param("repeated", "password1234")).andReturn().getResponse();
        assertThat(weak.getStatus()).isEqualTo(422);
        assertThat(weak.getContentAsString()).contains("too easy to guess");
        assertThat(setPassword(path, STRONG, STRONG + "x").getContentAsString()).contains("tidak sama");

        MockHttpServletResponse api = mvc.perform(put("/api/profile/password").with(httpBasic("sari", PASSWORD))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"current\":\"" + PASSWORD + "\",\"password\":\"qwertyuiop123\"}")).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(422);
        JsonNode error = json.readTree(api.getContentAsString()).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("password");
        assertThat(error.get("code").asString()).isEqualTo("user.password-weak");
    }

    @Test
    void stopsADisabledAccountsSessionAndTokensOnTheirNextRequest() throws Exception {
        SystemActor.run(() -> users.create("dina", "Dina", PASSWORD, Set.of(Role.JOURNALIST)));
        String secret = token("dina", "{\"name\":\"Laptop\",\"days\":7}");
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user("dina").password(PASSWORD))
            .andReturn().getRequest().getSession();
        assertThat(mvc.perform(get("/profile").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);

        assertThat(admin(post("/api/admin/users/dina/disable")).getContentAsString()).contains("\"enabled\":false");

        assertThat(mvc.perform(get("/profile").session(session)).andReturn().getResponse().getRedirectedUrl())
            .isEqualTo("/login?disabled");
        assertThat(bearer(secret, get("/api/themes"))).isEqualTo(401);
        assertThat(mvc.perform(get("/api/themes").with(httpBasic("dina", PASSWORD))).andReturn().getResponse()
            .getStatus()).isEqualTo(401);
        admin(post("/api/admin/users/dina/enable"));
        assertThat(bearer(secret, get("/api/themes"))).as("enabled again").isEqualTo(200);
        assertThat(actions("dina")).contains("user.disabled", "user.enabled", "login.session-ended");
    }

    @Test
    void approvesAJournalistsRequestIntoAnAccountWithALink() throws Exception {
        assertThat(mvc.perform(post("/account-request").with(csrf()).param("name", "Yohana Lestari")
            .param("outlet", "Kabar Timur").param("email", "yohana@kabartimur.id")
            .param("reason", "Liputan alumni pelatihan di NTT")).andReturn().getResponse().getContentAsString())
            .contains("Permintaan Anda terkirim");
        JsonNode request = json.readTree(admin(get("/api/admin/account-requests")).getContentAsString()).get(0);
        assertThat(request.get("outlet").asString()).isEqualTo("Kabar Timur");

        MockHttpServletResponse approved = admin(post("/api/admin/account-requests/" + request.get("id").asString()
                + "/approve").contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"yohana\"}"));

        assertThat(approved.getStatus()).isEqualTo(201);
        JsonNode body = json.readTree(approved.getContentAsString());
        assertThat(body.get("account").get("displayName").asString()).isEqualTo("Yohana Lestari");
        assertThat(body.get("account").get("roles").get(0).asString()).isEqualTo("JOURNALIST");
        assertThat(body.get("setPasswordLink").get("path").asString()).startsWith("/set-password/");
        assertThat(admin(get("/api/admin/account-requests")).getContentAsString()).isEqualTo("[]");
        assertThat(admin(post("/api/admin/account-requests/" + request.get("id").asString() + "/decline")).getStatus())
            .as("decided once").isEqualTo(422);
    }

    @Test
    void refusesAccountAdministrationToEveryoneButAdministrators() throws Exception {
        assertThat(mvc.perform(get("/api/admin/users").with(httpBasic("sari", PASSWORD))).andReturn().getResponse()
            .getStatus()).isEqualTo(403);
        MockHttpServletResponse invalid = admin(post("/api/admin/users").contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":\"X Y\",\"displayName\":\"X\",\"roles\":[\"WRITER\"]}"));
        assertThat(invalid.getStatus()).isEqualTo(422);
        assertThat(invalid.getContentType()).isEqualTo("application/problem+json");
        assertThat(json.readTree(invalid.getContentAsString()).get("errors").get(0).get("field").asString())
            .isEqualTo("username");
    }

    private java.util.List<String> jdbcHashes() {
        return jdbc.sql("SELECT token_hash FROM password_link").query(String.class).list();
    }

    @Autowired JdbcClient jdbc;

    private java.util.List<String> actions(String subject) {
        return SystemActor.call(() -> audit.search(new AuditQuery(null, null, subject, null, null), 0, 50)).entries()
            .stream().map(e -> e.action()).toList();
    }

    private MockHttpServletResponse setPassword(String path, String password, String repeated) throws Exception {
        return mvc.perform(post(path).with(csrf()).param("password", password).param("repeated", repeated))
            .andReturn().getResponse();
    }

    private MockHttpServletResponse admin(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic("rudi", PASSWORD))).andReturn().getResponse();
    }

    private String token(String username, String body) throws Exception {
        MockHttpServletResponse issued = mvc.perform(post("/api/tokens").with(httpBasic(username, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
        assertThat(issued.getStatus()).as(issued.getContentAsString()).isEqualTo(201);
        return json.readTree(issued.getContentAsString()).get("secret").asString();
    }

    private int bearer(String secret, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + secret)).andReturn().getResponse()
            .getStatus();
    }
}

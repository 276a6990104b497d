package id.cerita.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import id.cerita.audit.AuditLog;
import id.cerita.audit.AuditQuery;
import id.cerita.common.SystemActor;
import id.cerita.testsupport.MutableClock;
import id.cerita.testsupport.TestDatabases;
import id.cerita.testsupport.MutableClockConfiguration;
import id.cerita.user.Role;
import id.cerita.user.StaffUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Signing in: throttling, personal API tokens, the audit trail of it all, and the headers every page carries. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class SignInSecurityTests {

    static final String PASSWORD = "kata-sandi-panjang-1";

    MockMvc mvc;
    AuditLog audit;
    MutableClock clock;
    JsonMapper json;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @BeforeEach
    void setUp(@Autowired MockMvc mvc, @Autowired AuditLog audit, @Autowired MutableClock clock,
            @Autowired JsonMapper json) {
        this.mvc = mvc;
        this.audit = audit;
        this.clock = clock;
        this.json = json;
    }

    @Test
    void delaysSignInExponentiallyAfterRepeatedFailuresAndThenLetsTheOwnerIn(@Autowired StaffUsers users,
            @Autowired JdbcClient jdbc) throws Exception {
        create(users, "rina", Role.WRITER);
        for (int i = 0; i < 4; i++) {
            assertThat(signIn("rina", "salah-tebak-" + i)).isEqualTo("/login?error");
        }

        assertThat(signIn("rina", PASSWORD)).as("a short wait, not a wrong password").isEqualTo("/login?throttled=2");
        assertThat(jdbc.sql("SELECT failures FROM login_failure WHERE throttle_key = 'user:rina'").query(Integer.class)
            .single()).as("counted in the database, shared by every instance").isEqualTo(4);

        clock.advance(Duration.ofSeconds(3));
        assertThat(signIn("rina", "salah-tebak-5")).isEqualTo("/login?error");
        assertThat(signIn("rina", PASSWORD)).as("the wait doubles").isEqualTo("/login?throttled=4");
        clock.advance(Duration.ofSeconds(5));
        assertThat(signIn("rina", PASSWORD)).isEqualTo("/dashboard");
        var log = SystemActor.call(() -> audit.search(new AuditQuery(null, "rina", null, null, null), 0, 20));
        assertThat(log.entries()).extracting(e -> e.action() + (e.detail() == null ? "" : " " + e.detail().split(",")[0]))
            .containsSubsequence("login.succeeded dari 127.0.0.1", "login.throttled tunggu 4 detik",
                    "login.failed BadCredentialsException", "login.throttled tunggu 2 detik",
                    "login.failed BadCredentialsException");
    }

    @Test
    void slowsDownOneAddressGuessingManyAccounts() throws Exception {
        for (int i = 0; i < 21; i++) {
            assertThat(signInFrom("10.0.0.7", "tebakan-" + i, "salah")).isEqualTo("/login?error");
        }

        assertThat(signInFrom("10.0.0.7", "tebakan-baru", "salah")).startsWith("/login?throttled=");
        assertThat(signInFrom("10.0.0.8", "tebakan-baru", "salah")).as("another address").isEqualTo("/login?error");
    }

    private String signInFrom(String address, String username, String password) throws Exception {
        var login = formLogin("/login").user(username).password(password);
        return mvc.perform(servletContext -> {
            var request = login.buildRequest(servletContext);
            request.setRemoteAddr(address);
            return request;
        }).andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void opensTheApiToAPersonalTokenUntilItIsRevokedOrExpires(@Autowired StaffUsers users,
            @Autowired JdbcClient jdbc) throws Exception {
        create(users, "wartawan", Role.JOURNALIST);
        MockHttpServletResponse issued = mvc.perform(post("/api/tokens").with(httpBasic("wartawan", PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Laptop redaksi\",\"days\":30}"))
            .andReturn().getResponse();
        assertThat(issued.getStatus()).isEqualTo(201);
        JsonNode body = json.readTree(issued.getContentAsString());
        String secret = body.get("secret").asString();
        String tokenId = body.get("token").get("id").asString();

        assertThat(bearer(secret, "/api/themes")).isEqualTo(200);
        assertThat(bearer(secret, "/api/stories")).as("journalists do not read drafts").isEqualTo(403);
        assertThat(jdbc.sql("SELECT token_hash FROM api_token").query(String.class).single())
            .as("only a hash is stored").hasSize(64).doesNotContain(secret.substring(4));
        assertThat(bearer(secret + "x", "/api/themes")).isEqualTo(401);

        clock.advance(Duration.ofDays(31));
        assertThat(bearer(secret, "/api/themes")).as("expired").isEqualTo(401);
        clock.advance(Duration.ofDays(-31));

        // revoking takes the password (or a session): a token never manages tokens
        assertThat(mvc.perform(delete("/api/tokens/" + tokenId).with(httpBasic("wartawan", PASSWORD)))
            .andReturn().getResponse().getStatus()).isEqualTo(204);
        assertThat(bearer(secret, "/api/themes")).as("revoked").isEqualTo(401);
        var log = SystemActor.call(() -> audit.search(new AuditQuery(null, null, "wartawan", null, null), 0, 20));
        assertThat(log.entries()).extracting(e -> e.action()).contains("token.issued", "token.revoked");
    }

    @Test
    void recordsRoleChangesInTheAuditLog(@Autowired StaffUsers users) {
        create(users, "dewi", Role.WRITER);

        SystemActor.callAs("admin", java.util.List.of("ROLE_ADMIN"),
                () -> users.changeRoles("dewi", EnumSet.of(Role.WRITER, Role.EDITOR)));

        var log = SystemActor.call(() -> audit.search(new AuditQuery("user.roles-changed", "admin", "dewi", null,
                null), 0, 10));
        assertThat(log.entries()).singleElement()
            .satisfies(e -> assertThat(e.detail()).isEqualTo("[WRITER] -> [WRITER, EDITOR]"));
    }

    @Test
    void sendsAContentSecurityPolicyAndTheOtherProtectiveHeaders() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/login")).andReturn().getResponse();

        assertThat(page.getHeader("Content-Security-Policy")).contains("script-src 'self'", "style-src 'self'",
                "frame-ancestors 'none'", "object-src 'none'");
        assertThat(page.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.getHeader("Permissions-Policy")).contains("camera=()");
        assertThat(page.getHeader("Referrer-Policy")).isEqualTo("same-origin");
    }

    private String signIn(String username, String password) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password(password)).andReturn().getResponse()
            .getRedirectedUrl();
    }

    private int bearer(String secret, String path) throws Exception {
        return mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + secret)).andReturn().getResponse()
            .getStatus();
    }

    private static void create(StaffUsers users, String username, Role role) {
        SystemActor.run(() -> users.create(username, username, PASSWORD, Set.of(role)));
    }
}

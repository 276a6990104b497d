package id.cerita.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

import id.cerita.audit.AuditLog;
import id.cerita.audit.AuditQuery;
import id.cerita.common.SystemActor;
import id.cerita.testsupport.MutableClock;
import id.cerita.testsupport.MutableClockConfiguration;
import id.cerita.testsupport.TestDatabases;
import id.cerita.user.Role;
import id.cerita.user.SecondFactorSetup;
import id.cerita.user.SecondFactors;
import id.cerita.user.StaffUsers;
import id.cerita.user.TotpSecret;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signing in with a second factor: password, then a code (or a recovery code, once); wrong codes refused and
 * throttled; a role that requires a second factor is led to set one up before anything else; HTTP Basic refused for
 * such accounts. Editors and admins must have one here (the tests' default turns that off).
 */
@SpringBootTest(properties = "cerita.security.second-factor.required-roles=EDITOR,ADMIN")
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class SecondFactorSignInTests {

    static final String PASSWORD = "kata-sandi-panjang-1";
    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\"[^>]*>([A-Z2-7 ]+)<");
    private static final Pattern RECOVERY = Pattern.compile("<code>([a-z0-9]{5}-[a-z0-9]{5})</code>");

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffUsers users;
    @Autowired
    SecondFactors secondFactors;
    @Autowired
    AuditLog audit;
    @Autowired
    MutableClock clock;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @BeforeEach
    void nextStep() {
        clock.advance(Duration.ofMinutes(1)); // every test starts on fresh 30-second steps
    }

    @Test
    void asksForTheCodeAfterThePasswordAndLetsInOnlyThen() throws Exception {
        TotpSecret secret = writerWithSecondFactor("sinta").secret();
        MockHttpSession session = signIn("sinta");
        assertThat(redirect(get("/dashboard").session(session))).as("half signed in is not signed in").contains("/login");
        assertThat(redirect(get("/login").session(session))).as("and the sign-in page leads back to the code")
            .endsWith("/login/second-factor");
        assertThat(mvc.perform(get("/api/profile").session(session)).andReturn().getResponse().getStatus())
            .as("nor for the API").isEqualTo(401);
        assertThat(mvc.perform(get("/login/second-factor").session(session)).andReturn().getResponse()
            .getContentAsString()).contains("id=\"code\"");

        assertThat(redirect(post("/login/second-factor").session(session).with(csrf()).param("code", code(secret))))
            .as("on to the page that asked for sign-in").endsWith("/dashboard?continue");
        assertThat(mvc.perform(get("/dashboard").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(actions("sinta")).containsSubsequence("login.second-factor-passed", "login.succeeded");
    }

    @Test
    void refusesAWrongOrReusedCodeAndThrottlesGuessing() throws Exception {
        TotpSecret secret = writerWithSecondFactor("tono").secret();
        MockHttpSession first = signIn("tono");
        assertThat(redirect(post("/login/second-factor").session(first).with(csrf()).param("code", code(secret))))
            .isEqualTo("/dashboard");
        MockHttpSession second = signIn("tono");
        assertThat(page(post("/login/second-factor").session(second).with(csrf()).param("code", code(secret))))
            .as("the same code twice").contains("role=\"alert\"");
        for (int i = 0; i < 3; i++) {
            assertThat(page(post("/login/second-factor").session(second).with(csrf()).param("code", "000000")))
                .contains("role=\"alert\"");
        }
        String throttled = page(post("/login/second-factor").session(second).with(csrf()).param("code", "111111"));
        assertThat(throttled).as("the fourth wrong code in a row makes the next try wait").contains("Tunggu 2 detik");
        assertThat(redirect(get("/dashboard").session(second))).contains("/login");
        assertThat(actions("tono")).contains("second-factor.wrong-code");
    }

    @Test
    void takesEachRecoveryCodeOnce() throws Exception {
        String recovery = writerWithSecondFactor("rudi").recoveryCodes().getFirst();
        MockHttpSession session = signIn("rudi");
        assertThat(redirect(post("/login/second-factor").session(session).with(csrf())
            .param("code", recovery.toUpperCase(Locale.ROOT)))).isEqualTo("/dashboard");
        MockHttpSession again = signIn("rudi");
        assertThat(page(post("/login/second-factor").session(again).with(csrf()).param("code", recovery)))
            .contains("role=\"alert\"");
        assertThat(secondFactors.recoveryCodesLeft("rudi")).isEqualTo(9);
        assertThat(actions("rudi")).contains("second-factor.recovery-code-used");
    }

    @Test
    void leadsAnEditorWithoutSecondFactorToSetOneUpBeforeAnythingElse() throws Exception {
        SystemActor.run(() -> users.create("eko", "Eko", PASSWORD, Set.of(Role.EDITOR)));
        MockHttpSession session = new MockHttpSession();
        assertThat(redirect(formLogin("/login").user("eko").password(PASSWORD), session))
            .isEqualTo("/login/second-factor/setup");
        assertThat(redirect(get("/dashboard").session(session))).contains("/login");
        assertThat(redirect(post("/login/second-factor/continue").session(session).with(csrf())))
            .as("no skipping the set-up").isEqualTo("/login");

        String setUpPage = page(get("/login/second-factor/setup").session(session));
        assertThat(setUpPage).contains("data:image/svg+xml;base64,");
        Matcher shown = SECRET.matcher(setUpPage);
        assertThat(shown.find()).isTrue();
        TotpSecret secret = new TotpSecret(shown.group(1));
        String done = page(post("/login/second-factor/setup").session(session).with(csrf()).param("code", code(secret)));
        assertThat(RECOVERY.matcher(done).results().count()).isEqualTo(10);
        assertThat(redirect(post("/login/second-factor/continue").session(session).with(csrf())))
            .endsWith("/dashboard?continue");
        assertThat(mvc.perform(get("/dashboard").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(secondFactors.enabled("eko")).isTrue();
        assertThat(actions("eko")).contains("second-factor.enabled");
    }

    @Test
    void refusesHttpBasicForAnAccountWithSecondFactorAndPointsToTokens() throws Exception {
        writerWithSecondFactor("wati");
        MockHttpServletResponse refused = mvc.perform(get("/api/themes").with(httpBasic("wati", PASSWORD)))
            .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(401);
        assertThat(refused.getContentType()).contains("application/problem+json");
        assertThat(refused.getContentAsString()).contains("second-factor-basic");

        SystemActor.run(() -> users.create("wulan", "Wulan", PASSWORD, Set.of(Role.WRITER)));
        assertThat(mvc.perform(get("/api/themes").with(httpBasic("wulan", PASSWORD))).andReturn().getResponse()
            .getStatus()).as("accounts without one keep Basic").isEqualTo(200);
    }

    @Test
    void letsAnAdministratorRemoveSomeonesSecondFactor(@Autowired JdbcClient jdbc) throws Exception {
        writerWithSecondFactor("yanti");
        mvc.perform(post("/admin/users/yanti/second-factor/reset").with(csrf()).with(user("admin").roles("ADMIN")));
        assertThat(secondFactors.enabled("yanti")).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM recovery_code WHERE username = 'yanti'").query(Integer.class).single())
            .isZero();
        assertThat(redirect(formLogin("/login").user("yanti").password(PASSWORD), new MockHttpSession()))
            .as("a writer signs in with the password again").isEqualTo("/dashboard");
        assertThat(actions("yanti")).contains("second-factor.reset");
    }

    @Test
    void turnsItOffFromTheProfileOnlyWithACurrentCode() throws Exception {
        TotpSecret secret = writerWithSecondFactor("putri").secret();
        var putri = user("putri").roles("WRITER");
        assertThat(redirect(post("/profile/second-factor/disable").with(csrf()).with(putri).param("code", "123456")))
            .isEqualTo("/profile#second-factor");
        assertThat(secondFactors.enabled("putri")).isTrue();
        mvc.perform(post("/profile/second-factor/disable").with(csrf()).with(putri).param("code", code(secret)));
        assertThat(secondFactors.enabled("putri")).isFalse();
        assertThat(actions("putri")).contains("second-factor.disabled", "second-factor.wrong-code");
    }

    @Test
    void setsUpAndTurnsOffOverTheApiWithoutKeepingAnythingBetweenCalls(@Autowired JsonMapper json) throws Exception {
        SystemActor.run(() -> users.create("lina", "Lina", PASSWORD, Set.of(Role.WRITER)));
        var lina = user("lina").roles("WRITER");
        JsonNode offer = json.readTree(mvc.perform(post("/api/profile/second-factor").with(lina).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn().getResponse().getContentAsString());
        TotpSecret secret = new TotpSecret(offer.get("secret").asString());
        assertThat(offer.get("otpauthUri").asString()).startsWith("otpauth://totp/Cerita%3Alina?secret=");

        MockHttpServletResponse enabled = mvc.perform(post("/api/profile/second-factor").with(lina).with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"secret\":\"" + secret.base32() + "\",\"code\":\"" + code(secret) + "\"}"))
            .andReturn().getResponse();
        assertThat(enabled.getStatus()).isEqualTo(201);
        assertThat(json.readTree(enabled.getContentAsString()).get("recoveryCodes").size()).isEqualTo(10);
        assertThat(mvc.perform(get("/api/profile/second-factor").with(lina)).andReturn().getResponse()
            .getContentAsString()).contains("\"enabled\":true", "\"recoveryCodesLeft\":10");

        assertThat(mvc.perform(delete("/api/profile/second-factor").with(lina).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"000000\"}")).andReturn().getResponse()
            .getStatus()).isEqualTo(422);
        clock.advance(Duration.ofSeconds(30));
        assertThat(mvc.perform(delete("/api/profile/second-factor").with(lina).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"" + code(secret) + "\"}")).andReturn()
            .getResponse().getStatus()).isEqualTo(204);
        assertThat(secondFactors.enabled("lina")).isFalse();
    }

    record Enrolled(TotpSecret secret, List<String> recoveryCodes) {
    }

    /** A writer (not required to) who turned the second factor on, through the same steps as the profile page. */
    private Enrolled writerWithSecondFactor(String username) {
        SystemActor.run(() -> users.create(username, username, PASSWORD, Set.of(Role.WRITER)));
        SecondFactorSetup setup = secondFactors.offer(username);
        List<String> recovery = secondFactors.confirm(setup, code(setup.secret(), clock.instant().minusSeconds(30)));
        return new Enrolled(setup.secret(), recovery);
    }

    private String code(TotpSecret secret) {
        return code(secret, clock.instant());
    }

    private static String code(TotpSecret secret, Instant at) {
        try {
            return new TimeBasedOneTimePasswordGenerator().generateOneTimePasswordString(secret.key(), at, Locale.ROOT);
        }
        catch (java.security.InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private MockHttpSession signIn(String username) throws Exception {
        MockHttpSession session = new MockHttpSession();
        assertThat(redirect(formLogin("/login").user(username).password(PASSWORD), session))
            .isEqualTo("/login/second-factor");
        return session;
    }

    private String redirect(org.springframework.test.web.servlet.RequestBuilder request, MockHttpSession session)
            throws Exception {
        return mvc.perform(servletContext -> {
            var built = request.buildRequest(servletContext);
            built.setSession(session);
            return built;
        }).andReturn().getResponse().getRedirectedUrl();
    }

    private String redirect(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private List<String> actions(String username) {
        return SystemActor.call(() -> audit.search(new AuditQuery(null, null, username, null, null), 0, 50)).entries()
            .stream().map(e -> e.action()).toList();
    }
}

package id.cerita.alert.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import id.cerita.alert.Cadence;
import id.cerita.alert.Follow;
import id.cerita.alert.FollowKind;
import id.cerita.alert.Follows;
import id.cerita.alert.Subscriber;
import id.cerita.common.InvalidFieldException;
import id.cerita.common.NotFoundException;
import id.cerita.web.ApiSlice;

/** A journalist's alerts over the API: what they follow and its feed, bodies checked, refusals as problems, who may. */
@WebMvcTest(controllers = AlertApiController.class, properties = "cerita.alerts.base-url=https://cerita.example/")
@ApiSlice
class AlertApiControllerSliceTests {

    private static final UserRequestPostProcessor WARTAWAN = user("wartawan").roles("JOURNALIST");
    private static final Instant AT = Instant.parse("2026-12-04T03:15:00Z");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Follows follows;

    @MockitoBean
    AlertMailer mailer;

    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AlertProperties.class)
    static class Properties {
    }

    @Test
    void listsWhatTheJournalistFollowsWithTheSecretAddressOfEachFeed() {
        Follow follow = follow(Cadence.INSTANT);
        given(follows.of("wartawan")).willReturn(List.of(follow));
        given(follows.feedToken("wartawan", follow.id())).willReturn("rahasia-umpan");

        assertThat(mvc.get().uri("/api/alerts/follows").with(WARTAWAN)).hasStatusOk()
            .hasContentType(MediaType.APPLICATION_JSON).bodyJson().isStrictlyEqualTo("""
                [{"id": "%s", "username": "wartawan", "kind": "THEME", "value": "tata-rias", "label": "Tata Rias",
                  "cadence": "INSTANT", "createdAt": "2026-12-04T03:15:00Z",
                  "feedUrl": "https://cerita.example/alerts/feed/rahasia-umpan"}]""".formatted(follow.id()));
    }

    @Test
    void followsTheFilterOfTheBodyAs201AtOnceUnlessAnotherCadenceIsAsked() {
        Follow instant = follow(Cadence.INSTANT);
        given(follows.follow("wartawan", FollowKind.THEME, "tata-rias", "Tata Rias", Cadence.INSTANT)).willReturn(instant);
        given(follows.follow("wartawan", FollowKind.THEME, "tata-rias", "Tata Rias", Cadence.WEEKLY)).willReturn(instant);
        given(follows.changeCadence("wartawan", instant.id(), Cadence.WEEKLY)).willReturn(follow(Cadence.WEEKLY));

        assertThat(post("/api/alerts/follows", """
                {"filter": "theme", "value": "tata-rias", "label": "Tata Rias"}"""))
            .hasStatus(HttpStatus.CREATED).bodyJson().isLenientlyEqualTo("""
                {"id": "%s", "kind": "THEME", "cadence": "INSTANT"}""".formatted(instant.id()));
        verify(follows, never()).changeCadence(any(), any(), any());

        assertThat(post("/api/alerts/follows", """
                {"filter": "theme", "value": "tata-rias", "label": "Tata Rias", "cadence": "WEEKLY"}"""))
            .as("following again changes when to be told").hasStatus(HttpStatus.CREATED)
            .bodyJson().extractingPath("$.cadence").isEqualTo("WEEKLY");
        verify(follows).changeCadence("wartawan", instant.id(), Cadence.WEEKLY);
    }

    @Test
    void refusesAFilterThatCannotBeFollowedInTheCallersLanguage() {
        String body = """
                {"filter": "everything", "value": "x", "label": "Semua"}""";

        assertThat(post("/api/alerts/follows", body)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson().isLenientlyEqualTo("""
                {"code": "alertsFilter",
                 "detail": "Yang bisa diikuti: provinsi, kabupaten/kota, tema, pelatihan, lembaga pelatihan.",
                 "errors": [{"field": "filter", "code": "alertsFilter"}]}""");
        assertThat(post("/api/alerts/follows", body).header("Accept-Language", "en"))
            .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.detail")
            .isEqualTo("You can follow a province, regency or city, theme, course or training provider.");
        verifyNoInteractions(follows);
    }

    @Test
    void validatesTheBodiesBeforeAskingTheService() {
        assertThat(post("/api/alerts/follows", "{\"filter\": \"theme\", \"value\": \" \", \"label\": \"Tata Rias\"}"))
            .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("value"));
        assertThat(post("/api/alerts/follows", "{\"filter\": \"theme\", \"value\": \"tata-rias\", \"label\": \"%s\"}"
                .formatted("x".repeat(301))))
            .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("label"));
        assertThat(post("/api/alerts/follows", """
                {"filter": "theme", "value": "tata-rias", "label": "Tata Rias", "cadence": "MONTHLY"}"""))
            .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("cadence"))
            .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).asString().contains("INSTANT, WEEKLY"));
        assertThat(mvc.put().uri("/api/alerts/follows/{id}/cadence", UUID.randomUUID()).with(WARTAWAN)
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
            .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("cadence"));
        assertThat(mvc.put().uri("/api/alerts/email").with(WARTAWAN).contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\": \"\"}"))
            .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("email"));
        verifyNoInteractions(follows, mailer);
    }

    @Test
    void answersFollowingTooManyWithAFieldProblemInTheCallersLanguage() {
        given(follows.follow(eq("wartawan"), any(), any(), any(), any())).willThrow(new InvalidFieldException("kind",
                "alertsTooMany", "Paling banyak 50 yang diikuti; berhenti mengikuti yang lain dulu.", 50));
        String body = """
                {"filter": "province", "value": "75", "label": "Gorontalo"}""";

        assertThat(post("/api/alerts/follows", body)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson().extractingPath("$.detail")
            .isEqualTo("Paling banyak 50 yang diikuti; berhenti mengikuti yang lain dulu.");
        assertThat(post("/api/alerts/follows", body).header("Accept-Language", "en"))
            .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.detail")
            .isEqualTo("You can follow at most 50; stop following another one first.");
    }

    @Test
    void changesTheCadenceOfAFollowAndAnswersSomeoneElsesWith404InTheCallersLanguage() {
        Follow weekly = follow(Cadence.WEEKLY);
        UUID unknown = UUID.randomUUID();
        given(follows.changeCadence("wartawan", weekly.id(), Cadence.WEEKLY)).willReturn(weekly);
        given(follows.changeCadence("wartawan", unknown, Cadence.WEEKLY))
            .willThrow(new NotFoundException("follow", "Ikutan tidak ditemukan: " + unknown, unknown));

        assertThat(mvc.put().uri("/api/alerts/follows/{id}/cadence", weekly.id()).with(WARTAWAN)
                .contentType(MediaType.APPLICATION_JSON).content("{\"cadence\": \"WEEKLY\"}"))
            .hasStatusOk().bodyJson().extractingPath("$.cadence").isEqualTo("WEEKLY");
        assertThat(mvc.put().uri("/api/alerts/follows/{id}/cadence", unknown).with(WARTAWAN)
                .contentType(MediaType.APPLICATION_JSON).content("{\"cadence\": \"WEEKLY\"}"))
            .hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .extractingPath("$.detail").isEqualTo("Ikutan tidak ditemukan: " + unknown + ".");
        assertThat(mvc.put().uri("/api/alerts/follows/{id}/cadence", unknown).with(WARTAWAN)
                .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content("{\"cadence\": \"WEEKLY\"}"))
            .hasStatus(HttpStatus.NOT_FOUND).bodyJson()
            .extractingPath("$.detail").isEqualTo("Follow not found: " + unknown + ".");
    }

    @Test
    void stopsFollowingAndAnswersAMalformedIdWith400SayingAUuidIsExpected() {
        UUID id = UUID.randomUUID();

        assertThat(mvc.delete().uri("/api/alerts/follows/{id}", id).with(WARTAWAN)).hasStatus(HttpStatus.NO_CONTENT);
        verify(follows).unfollow("wartawan", id);

        assertThat(mvc.delete().uri("/api/alerts/follows/tata-rias").with(WARTAWAN)).hasStatus(HttpStatus.BAD_REQUEST)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.type", type -> assertThat(type).asString().endsWith("/invalid-parameter"))
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("id"))
            .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).asString().contains("harus berupa UUID"));
        assertThat(mvc.delete().uri("/api/alerts/follows/tata-rias").with(WARTAWAN).header("Accept-Language", "en"))
            .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
            .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).asString().contains("a UUID"));
        verify(follows).unfollow(any(), any());
    }

    @Test
    void showsWhereAlertsGoAndWhetherTheAddressIsConfirmed() {
        given(follows.subscriber("wartawan")).willReturn(Optional.of(new Subscriber("wartawan",
                "wartawan@tempo.example", AT)));

        assertThat(mvc.get().uri("/api/alerts/email").with(WARTAWAN)).hasStatusOk().bodyJson().isStrictlyEqualTo("""
                {"email": "wartawan@tempo.example", "confirmed": true, "confirmationSent": false}""");
        assertThat(mvc.get().uri("/api/alerts/email").with(user("budi").roles("EDITOR"))).hasStatusOk().bodyJson()
            .isStrictlyEqualTo("""
                {"email": null, "confirmed": false, "confirmationSent": false}""");
    }

    @Test
    void setsTheTrimmedAddressAndMailsItTheConfirmationLink() {
        given(follows.changeEmail("wartawan", " wartawan@tempo.example ")).willReturn("token-konfirmasi");
        given(mailer.sendConfirmation(eq("wartawan"), eq("wartawan@tempo.example"), eq("token-konfirmasi"), any()))
            .willReturn(true);

        assertThat(mvc.put().uri("/api/alerts/email").with(WARTAWAN).contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\": \" wartawan@tempo.example \"}"))
            .hasStatusOk().bodyJson().isStrictlyEqualTo("""
                {"email": "wartawan@tempo.example", "confirmed": false, "confirmationSent": true}""");
        verify(mailer).sendConfirmation(eq("wartawan"), eq("wartawan@tempo.example"), eq("token-konfirmasi"), any());
    }

    @Test
    void refusesAnInvalidAddressInTheCallersLanguageAndMailsNothing() {
        willThrow(new InvalidFieldException("email", "alertsEmail", "Alamat e-mail tidak valid."))
            .given(follows).changeEmail("wartawan", "bukan-alamat");

        assertThat(mvc.put().uri("/api/alerts/email").with(WARTAWAN).contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\": \"bukan-alamat\"}"))
            .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .isLenientlyEqualTo("""
                {"detail": "Alamat e-mail tidak valid.", "errors": [{"field": "email", "code": "alertsEmail"}]}""");
        assertThat(mvc.put().uri("/api/alerts/email").with(WARTAWAN).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content("{\"email\": \"bukan-alamat\"}"))
            .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson()
            .extractingPath("$.detail").isEqualTo("Invalid e-mail address.");
        verifyNoInteractions(mailer);
    }

    @Test
    void leavesAlertsToThePressRoomAndKeepsWritersAndAnonymousCallersOut() {
        assertThat(mvc.get().uri("/api/alerts/follows").with(user("sari").roles("WRITER")))
            .hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.post().uri("/api/alerts/follows").with(user("sari").roles("WRITER"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"filter\": \"theme\"}"))
            .as("refused before the body is read").hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/alerts/email")).hasStatus(HttpStatus.UNAUTHORIZED)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        verifyNoInteractions(follows, mailer);
    }

    private MockMvcRequestBuilder post(String path, String body) {
        return mvc.post().uri(path).with(WARTAWAN).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static Follow follow(Cadence cadence) {
        return new Follow(UUID.fromString("0f7c2a1e-3b4d-4e5f-8a9b-1c2d3e4f5a6b"), "wartawan", FollowKind.THEME,
                "tata-rias", "Tata Rias", cadence, AT);
    }
}

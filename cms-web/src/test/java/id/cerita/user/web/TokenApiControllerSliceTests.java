package id.cerita.user.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import id.cerita.common.InvalidFieldException;
import id.cerita.common.NotFoundException;
import id.cerita.user.AccountExamples;
import id.cerita.user.ApiToken;
import id.cerita.user.ApiTokens;
import id.cerita.user.IssuedToken;
import id.cerita.user.Role;
import id.cerita.user.TokenHolder;
import id.cerita.user.TokenScope;
import id.cerita.web.ApiSlice;

/** Personal API tokens over the API: listing without secrets, issuing once, revoking, refusals, never with a token. */
@WebMvcTest(TokenApiController.class)
@ApiSlice
class TokenApiControllerSliceTests {

    private static final UserRequestPostProcessor WARTAWAN = user("wartawan").roles("JOURNALIST");

    @Autowired
    MockMvcTester mvc;

    @Autowired // a mock, from ApiSlice
    ApiTokens tokens;

    @Test
    void listsTheCallersTokensWithoutTheirSecretsOrHashes() {
        ApiToken token = AccountExamples.token("wartawan", "Laptop kantor", EnumSet.of(TokenScope.READ_SEARCH,
                TokenScope.DOWNLOAD_KITS));
        given(tokens.of("wartawan")).willReturn(List.of(token));

        assertThat(mvc.get().uri("/api/tokens").with(WARTAWAN)).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON)
            .bodyJson().isStrictlyEqualTo("""
                [{"id": "%s", "name": "Laptop kantor", "prefix": "cer_abcdef", "createdAt": "2026-12-01T03:00:00Z",
                  "expiresAt": "2026-12-31T03:00:00Z", "revokedAt": null, "lastUsedAt": null,
                  "scopes": ["READ_SEARCH", "DOWNLOAD_KITS"]}]""".formatted(token.id()));
    }

    @Test
    void issuesATokenForTheCallerWithTheScopesAskedOrAllAndShowsTheSecretOnce() {
        ApiToken token = AccountExamples.token("wartawan", "Laptop kantor", EnumSet.of(TokenScope.READ_SEARCH));
        given(tokens.issue("wartawan", "Laptop kantor", Duration.ofDays(30), Set.of(TokenScope.READ_SEARCH), "wartawan"))
            .willReturn(new IssuedToken(token, "cer_abcdefrahasia"));

        assertThat(post("""
                {"name": "Laptop kantor", "days": 30, "scopes": ["READ_SEARCH"]}"""))
            .hasStatus(HttpStatus.CREATED).bodyJson().isLenientlyEqualTo("""
                {"token": {"id": "%s", "name": "Laptop kantor", "scopes": ["READ_SEARCH"]},
                 "secret": "cer_abcdefrahasia"}""".formatted(token.id()));

        given(tokens.issue("wartawan", "Skrip", Duration.ofDays(7), EnumSet.allOf(TokenScope.class), "wartawan"))
            .willReturn(new IssuedToken(AccountExamples.token("wartawan", "Skrip", EnumSet.allOf(TokenScope.class)),
                    "cer_abcdefskrip"));
        assertThat(post("{\"name\": \"Skrip\", \"days\": 7}")).as("no scopes asked: all of them")
            .hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.secret").isEqualTo("cer_abcdefskrip");
    }

    @Test
    void validatesTheBodyBeforeIssuing() {
        assertThat(post("{\"name\": \" \", \"days\": 30}")).hasStatus(HttpStatus.BAD_REQUEST)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("name"));
        assertThat(post("{\"name\": \"Laptop kantor\", \"days\": 0}")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("days"));
        assertThat(post("{\"name\": \"Laptop kantor\", \"days\": 30, \"scopes\": [\"EVERYTHING\"]}"))
            .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).asString().startsWith("scopes"))
            .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).asString()
                .contains("READ_SEARCH, DOWNLOAD_KITS, WRITE_STORIES"));
        verify(tokens, never()).issue(any(), any(), any(), any(), any());
    }

    @Test
    void answersATooLongLifetimeWithAFieldProblemInTheCallersLanguage() {
        given(tokens.issue("wartawan", "Selamanya", Duration.ofDays(1000), EnumSet.allOf(TokenScope.class), "wartawan"))
            .willThrow(new InvalidFieldException("days", "token.lifetime", "Masa berlaku token 1 sampai 365 hari", 365L));
        String body = "{\"name\": \"Selamanya\", \"days\": 1000}";

        assertThat(post(body)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson().isLenientlyEqualTo("""
                {"code": "token.lifetime", "detail": "Masa berlaku token 1 sampai 365 hari.",
                 "errors": [{"field": "days", "code": "token.lifetime"}]}""");
        assertThat(post(body).header("Accept-Language", "en")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson()
            .extractingPath("$.detail").isEqualTo("A token lasts 1 to 365 days.");
    }

    @Test
    void revokesATokenAndAnswersAnUnknownOneWith404InTheCallersLanguage() {
        UUID mine = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        willThrow(new NotFoundException("token", "Token tidak ditemukan", unknown)).given(tokens).revoke(unknown, "wartawan");

        assertThat(mvc.delete().uri("/api/tokens/{id}", mine).with(WARTAWAN)).hasStatus(HttpStatus.NO_CONTENT);
        verify(tokens).revoke(mine, "wartawan");

        assertThat(mvc.delete().uri("/api/tokens/{id}", unknown).with(WARTAWAN)).hasStatus(HttpStatus.NOT_FOUND)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.title", title -> assertThat(title).isEqualTo("Tidak ditemukan"))
            .hasPathSatisfying("$.detail", detail -> assertThat(detail).isEqualTo("Token tidak ditemukan."));
        assertThat(mvc.delete().uri("/api/tokens/{id}", unknown).with(WARTAWAN).header("Accept-Language", "en"))
            .hasStatus(HttpStatus.NOT_FOUND).bodyJson()
            .hasPathSatisfying("$.title", title -> assertThat(title).isEqualTo("Not found"))
            .hasPathSatisfying("$.detail", detail -> assertThat(detail).isEqualTo("Token not found."));
    }

    @Test
    void answersRevokingSomeoneElsesTokenWith403ProblemDetail() {
        UUID theirs = UUID.randomUUID();
        willThrow(new AccessDeniedException("Access Denied")).given(tokens).revoke(theirs, "wartawan");

        assertThat(mvc.delete().uri("/api/tokens/{id}", theirs).with(WARTAWAN).header("Accept-Language", "en"))
            .hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.title", title -> assertThat(title).isEqualTo("Not allowed"));
    }

    @Test
    void answersAMalformedTokenIdWith400SayingAUuidIsExpected() {
        assertThat(mvc.delete().uri("/api/tokens/cer_abcdef").with(WARTAWAN)).hasStatus(HttpStatus.BAD_REQUEST)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.type", type -> assertThat(type).asString().endsWith("/invalid-parameter"))
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("tokenId"))
            .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).asString().contains("harus berupa UUID"));
        assertThat(mvc.delete().uri("/api/tokens/cer_abcdef").with(WARTAWAN).header("Accept-Language", "en"))
            .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
            .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).asString().contains("a UUID"));
        verifyNoInteractions(tokens);
    }

    @Test
    void neverLetsABearerTokenManageTokensAndAsksAnonymousCallersToSignIn() {
        given(tokens.authenticate("cer_abcdefrahasia")).willReturn(Optional.of(new TokenHolder(
                AccountExamples.account("wartawan", "Wartawan", Set.of(Role.JOURNALIST)), EnumSet.allOf(TokenScope.class))));

        assertThat(mvc.post().uri("/api/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer cer_abcdefrahasia")
                .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Dari token\", \"days\": 365}"))
            .hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
            .hasHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"").bodyJson()
            .hasPathSatisfying("$.type", type -> assertThat(type).asString().endsWith("/insufficient-scope"))
            .hasPathSatisfying("$.detail", detail -> assertThat(detail).asString().startsWith("A token cannot manage tokens"));
        assertThat(mvc.get().uri("/api/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer cer_abcdefrahasia"))
            .hasStatus(HttpStatus.FORBIDDEN).bodyJson()
            .hasPathSatisfying("$.detail", detail -> assertThat(detail).asString()
                .startsWith("Token tidak dapat mengelola token"));
        assertThat(mvc.get().uri("/api/tokens")).hasStatus(HttpStatus.UNAUTHORIZED)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        verify(tokens, never()).of(any());
        verify(tokens, never()).issue(any(), any(), any(), any(), any());
    }

    private MockMvcRequestBuilder post(String body) {
        return mvc.post().uri("/api/tokens").with(WARTAWAN).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}

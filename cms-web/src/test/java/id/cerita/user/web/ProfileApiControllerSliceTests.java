package id.cerita.user.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import id.cerita.common.InvalidFieldException;
import id.cerita.user.AccountExamples;
import id.cerita.user.ApiTokens;
import id.cerita.user.Role;
import id.cerita.user.StaffUser;
import id.cerita.user.StaffUsers;
import id.cerita.user.TokenHolder;
import id.cerita.user.TokenScope;
import id.cerita.web.ApiSlice;

/**
 * One's own account over the API: the profile as JSON, the display name, language and password passed to the account
 * service as sent, its refusals as field problems in the caller's language, everyone signed in and no token writing.
 */
@WebMvcTest(ProfileApiController.class)
@ApiSlice
class ProfileApiControllerSliceTests {

    private static final UserRequestPostProcessor SARI = user("sari").roles("WRITER");

    @Autowired
    MockMvcTester mvc;

    @Autowired // a mock, from ApiSlice
    StaffUsers users;

    @Autowired // a mock, from ApiSlice
    ApiTokens tokens;

    @Test
    void answersTheSignedInAccountWithItsBylineLanguageAndRoles() {
        StaffUser sari = AccountExamples.account("sari", "Sari Wulandari", Set.of(Role.WRITER));
        ReflectionTestUtils.setField(sari, "preferredLanguage", "en");
        given(users.require("sari")).willReturn(sari);

        assertThat(mvc.get().uri("/api/profile").with(SARI)).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON)
            .bodyJson().isStrictlyEqualTo("""
                {"username": "sari", "displayName": "Sari Wulandari", "language": "en", "roles": ["WRITER"]}""");
    }

    @Test
    void describesTheCallersOwnAccountWithTheNameAndLanguageSent() {
        StaffUser described = AccountExamples.account("sari", "Sari W.", Set.of(Role.WRITER));
        given(users.describe("sari", "Sari W.", "id")).willReturn(described);

        assertThat(mvc.put().uri("/api/profile").with(SARI).contentType(MediaType.APPLICATION_JSON).content("""
                {"displayName": "Sari W.", "language": "id", "username": "budi"}"""))
            .hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"username": "sari", "displayName": "Sari W."}""");
        verify(users).describe("sari", "Sari W.", "id");
    }

    @Test
    void answersARefusedDescriptionWithAFieldProblemInTheCallersLanguage() {
        given(users.describe("sari", "Sari", "fr"))
            .willThrow(new InvalidFieldException("language", "user.language", "Bahasa: id atau en"));
        String body = "{\"displayName\": \"Sari\", \"language\": \"fr\"}";

        assertThat(mvc.put().uri("/api/profile").with(SARI).contentType(MediaType.APPLICATION_JSON).content(body))
            .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .isLenientlyEqualTo("""
                {"code": "user.language", "detail": "Pilih bahasa Indonesia atau Inggris.",
                 "errors": [{"field": "language", "code": "user.language"}]}""");
        assertThat(mvc.put().uri("/api/profile").with(SARI).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content(body))
            .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson()
            .extractingPath("$.detail").isEqualTo("Choose Indonesian or English.");
    }

    @Test
    void refusesAnUnreadableBodyNamingTheFieldWithoutAskingTheService() {
        assertThat(mvc.put().uri("/api/profile").with(SARI).contentType(MediaType.APPLICATION_JSON)
                .content("{\"displayName\": [\"Sari\"], \"language\": \"id\"}"))
            .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.type", type -> assertThat(type).asString().endsWith("/unreadable-request"))
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("displayName"));
        assertThat(mvc.put().uri("/api/profile/password").with(SARI).contentType(MediaType.APPLICATION_JSON)
                .content("{\"current\": "))
            .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        verify(users, never()).describe(any(), any(), any());
        verify(users, never()).changeOwnPassword(any(), any(), any(), any());
    }

    @Test
    void changesTheOwnPasswordTakingThePasswordAsTheRepetitionWhenNoneIsSent() {
        assertThat(mvc.put().uri("/api/profile/password").with(SARI).contentType(MediaType.APPLICATION_JSON)
                .content("{\"current\": \"lama-sekali\", \"password\": \"baru-dan-panjang\"}"))
            .hasStatus(HttpStatus.NO_CONTENT);
        verify(users).changeOwnPassword("sari", "lama-sekali", "baru-dan-panjang", "baru-dan-panjang");

        assertThat(mvc.put().uri("/api/profile/password").with(SARI).contentType(MediaType.APPLICATION_JSON)
                .content("{\"current\": \"lama-sekali\", \"password\": \"baru-dan-panjang\", \"repeated\": \"baru-dan-panjan\"}"))
            .hasStatus(HttpStatus.NO_CONTENT);
        verify(users).changeOwnPassword("sari", "lama-sekali", "baru-dan-panjang", "baru-dan-panjan");
    }

    @Test
    void answersAWrongCurrentPasswordWithAFieldProblemInTheCallersLanguage() {
        willThrow(new InvalidFieldException("current", "user.password-current", "Kata sandi sekarang salah"))
            .given(users).changeOwnPassword("sari", "tebakan", "baru-dan-panjang", "baru-dan-panjang");
        String body = "{\"current\": \"tebakan\", \"password\": \"baru-dan-panjang\"}";

        assertThat(mvc.put().uri("/api/profile/password").with(SARI).contentType(MediaType.APPLICATION_JSON)
                .content(body))
            .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .isLenientlyEqualTo("""
                {"detail": "Kata sandi sekarang salah.", "errors": [{"field": "current", "code": "user.password-current"}]}""");
        assertThat(mvc.put().uri("/api/profile/password").with(SARI).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content(body))
            .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson()
            .extractingPath("$.detail").isEqualTo("The current password is wrong.");
    }

    @Test
    void isEveryonesOwnButAsksAnonymousCallersToSignInAndNeverLetsATokenChangeIt() {
        given(users.require("wartawan"))
            .willReturn(AccountExamples.account("wartawan", "Wartawan Jambi", Set.of(Role.JOURNALIST)));
        given(tokens.authenticate("cer_abcdefrahasia")).willReturn(Optional.of(new TokenHolder(
                AccountExamples.account("sari", "Sari", Set.of(Role.WRITER)), EnumSet.allOf(TokenScope.class))));

        assertThat(mvc.get().uri("/api/profile").with(user("wartawan").roles("JOURNALIST"))).hasStatusOk()
            .bodyJson().extractingPath("$.roles").asArray().containsExactly("JOURNALIST");
        assertThat(mvc.get().uri("/api/profile")).hasStatus(HttpStatus.UNAUTHORIZED)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.put().uri("/api/profile/password").contentType(MediaType.APPLICATION_JSON)
                .content("{\"current\": \"a\", \"password\": \"b\"}"))
            .hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.put().uri("/api/profile").header(HttpHeaders.AUTHORIZATION, "Bearer cer_abcdefrahasia")
                .contentType(MediaType.APPLICATION_JSON).content("{\"displayName\": \"Dari token\", \"language\": \"id\"}"))
            .hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.type", type -> assertThat(type).asString().endsWith("/insufficient-scope"));
        assertThat(mvc.put().uri("/api/profile/password").header(HttpHeaders.AUTHORIZATION, "Bearer cer_abcdefrahasia")
                .contentType(MediaType.APPLICATION_JSON).content("{\"current\": \"a\", \"password\": \"b\"}"))
            .hasStatus(HttpStatus.FORBIDDEN);
        verify(users, never()).describe(any(), any(), any());
        verify(users, never()).changeOwnPassword(any(), any(), any(), any());
    }
}

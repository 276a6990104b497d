package id.cerita.user.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import id.cerita.common.InvalidFieldException;
import id.cerita.user.AccountExamples;
import id.cerita.user.ApiTokens;
import id.cerita.user.Role;
import id.cerita.user.SecondFactorSetup;
import id.cerita.user.SecondFactors;
import id.cerita.user.StaffUser;
import id.cerita.user.StaffUsers;
import id.cerita.user.TokenHolder;
import id.cerita.user.TokenScope;
import id.cerita.user.TotpSecret;
import id.cerita.web.ApiSlice;

/**
 * Setting up, reading and turning off one's second factor over the API: the two calls of the set-up (an offer, then the
 * secret sent back with a code), the key checked before the service, refusals as field problems in the caller's
 * language, and only for someone signed in, never a token.
 */
@WebMvcTest(SecondFactorApiController.class)
@ApiSlice
class SecondFactorApiControllerSliceTests {

    private static final UserRequestPostProcessor SARI = user("sari").roles("WRITER");
    /** 32 base32 characters, 160 bits, as {@link SecondFactors#offer} makes them. */
    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Autowired
    MockMvcTester mvc;

    @Autowired // a mock, from ApiSlice
    SecondFactors secondFactors;

    @Autowired // a mock, from ApiSlice
    StaffUsers users;

    @Autowired // a mock, from ApiSlice
    ApiTokens tokens;

    @Test
    void answersWhetherTheSecondFactorIsOnRequiredAndHowManyRecoveryCodesAreLeft() {
        StaffUser budi = AccountExamples.account("budi", "Budi Santoso", Set.of(Role.EDITOR));
        given(users.require("budi")).willReturn(budi);
        given(secondFactors.enabled("budi")).willReturn(true);
        given(secondFactors.required(budi)).willReturn(true);
        given(secondFactors.recoveryCodesLeft("budi")).willReturn(7);

        assertThat(mvc.get().uri("/api/profile/second-factor").with(user("budi").roles("EDITOR"))).hasStatusOk()
            .hasContentType(MediaType.APPLICATION_JSON).bodyJson().isStrictlyEqualTo("""
                {"enabled": true, "required": true, "recoveryCodesLeft": 7}""");
    }

    @Test
    void offersANewSecretWithItsAuthenticatorLinkWhenNoCodeIsSent() {
        given(secondFactors.offer("sari")).willReturn(new SecondFactorSetup("sari", new TotpSecret(SECRET)));

        assertThat(mvc.post().uri("/api/profile/second-factor").with(SARI).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\": \" \"}"))
            .hasStatusOk().bodyJson().isStrictlyEqualTo("""
                {"secret": "%s",
                 "otpauthUri": "otpauth://totp/Cerita%%3Asari?secret=%s&issuer=Cerita&algorithm=SHA1&digits=6&period=30"}"""
                .formatted(SECRET, SECRET));
        verify(secondFactors).offer("sari");
        verify(secondFactors, never()).confirm(any(), any());
    }

    @Test
    void turnsOnTheSecretSentBackWithItsCodeAndAnswersTheRecoveryCodesOnce() {
        given(secondFactors.confirm(new SecondFactorSetup("sari", new TotpSecret(SECRET)), "492039"))
            .willReturn(List.of("k7q2-9d4m", "x3p8-2n6v"));

        assertThat(mvc.post().uri("/api/profile/second-factor").with(SARI).contentType(MediaType.APPLICATION_JSON)
                .content("{\"secret\": \"jbsw y3dp ehpk 3pxp jbsw y3dp ehpk 3pxp\", \"code\": \"492039\"}"))
            .hasStatus(HttpStatus.CREATED).bodyJson().isStrictlyEqualTo("""
                {"recoveryCodes": ["k7q2-9d4m", "x3p8-2n6v"]}""");
        verify(secondFactors).confirm(new SecondFactorSetup("sari", new TotpSecret(SECRET)), "492039");
        verify(secondFactors, never()).offer(any());
    }

    @Test
    void refusesAMissingMalformedOrShortKeyNamingTheFieldWithoutAskingTheService() {
        for (String body : List.of("{\"code\": \"492039\"}", "{\"secret\": \"bukan base32!\", \"code\": \"492039\"}",
                "{\"secret\": \"JBSWY3DPEHPK3PXP\", \"code\": \"492039\"}")) {
            assertThat(mvc.post().uri("/api/profile/second-factor").with(SARI).contentType(MediaType.APPLICATION_JSON)
                    .content(body))
                .as(body).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().isLenientlyEqualTo("""
                    {"code": "second-factor.secret",
                     "detail": "Kunci tidak valid: kirim kembali kunci yang ditawarkan (32 karakter base32).",
                     "errors": [{"field": "secret", "code": "second-factor.secret"}]}""");
        }
        assertThat(mvc.post().uri("/api/profile/second-factor").with(SARI).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content("{\"secret\": \"JBSWY3DP\", \"code\": \"492039\"}"))
            .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.detail")
            .isEqualTo("Invalid key: send back the key you were offered (32 base32 characters).");
        verify(secondFactors, never()).confirm(any(), any());
    }

    @Test
    void answersACodeThatDoesNotMatchWithAFieldProblemInTheCallersLanguage() {
        given(secondFactors.confirm(any(), any()))
            .willThrow(new InvalidFieldException("code", "second-factor.code", "Kode tidak cocok"));
        String body = "{\"secret\": \"%s\", \"code\": \"000000\"}".formatted(SECRET);

        assertThat(mvc.post().uri("/api/profile/second-factor").with(SARI).contentType(MediaType.APPLICATION_JSON)
                .content(body))
            .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .isLenientlyEqualTo("""
                {"detail": "Kode tidak cocok atau sudah dipakai.", "errors": [{"field": "code"}]}""");
        assertThat(mvc.post().uri("/api/profile/second-factor").with(SARI).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content(body))
            .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.detail")
            .isEqualTo("The code does not match or was already used.");
    }

    @Test
    void turnsTheSecondFactorOffWithACodeAndRefusesAWrongOneInTheCallersLanguage() {
        assertThat(mvc.delete().uri("/api/profile/second-factor").with(SARI).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\": \"492039\"}"))
            .hasStatus(HttpStatus.NO_CONTENT);
        verify(secondFactors).disable("sari", "492039");

        willThrow(new InvalidFieldException("code", "second-factor.code", "Kode tidak cocok"))
            .given(secondFactors).disable("sari", "111111");
        assertThat(mvc.delete().uri("/api/profile/second-factor").with(SARI).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"111111\"}"))
            .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("code"))
            .hasPathSatisfying("$.detail", detail -> assertThat(detail).isEqualTo("The code does not match or was already used."));
    }

    @Test
    void asksAnonymousCallersToSignInAndNeverLetsATokenSetItUpOrTurnItOff() {
        given(tokens.authenticate("cer_abcdefrahasia")).willReturn(Optional.of(new TokenHolder(
                AccountExamples.account("sari", "Sari", Set.of(Role.WRITER)), EnumSet.allOf(TokenScope.class))));

        assertThat(mvc.get().uri("/api/profile/second-factor")).hasStatus(HttpStatus.UNAUTHORIZED)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.post().uri("/api/profile/second-factor").contentType(MediaType.APPLICATION_JSON).content("{}"))
            .hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.post().uri("/api/profile/second-factor").header(HttpHeaders.AUTHORIZATION, "Bearer cer_abcdefrahasia")
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
            .hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.type", type -> assertThat(type).asString().endsWith("/insufficient-scope"));
        assertThat(mvc.delete().uri("/api/profile/second-factor").header(HttpHeaders.AUTHORIZATION, "Bearer cer_abcdefrahasia")
                .contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"492039\"}"))
            .hasStatus(HttpStatus.FORBIDDEN);
        verify(secondFactors, never()).offer(any());
        verify(secondFactors, never()).disable(any(), any());
    }
}

package id.cerita.user.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import id.cerita.common.InvalidFieldException;
import id.cerita.common.NotFoundException;
import id.cerita.user.AccountExamples;
import id.cerita.user.AccountRequests;
import id.cerita.user.IssuedPasswordLink;
import id.cerita.user.NewAccount;
import id.cerita.user.PasswordLinks;
import id.cerita.user.Role;
import id.cerita.user.StaffUsers;
import id.cerita.web.ApiSlice;

/** Account administration over the API: bodies to the services, what the answers show, and administrators only. */
@WebMvcTest(AdminUsersApiController.class)
@ApiSlice
class AdminUsersApiControllerSliceTests {

    private static final UserRequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvcTester mvc;

    @Autowired // a mock, from ApiSlice
    StaffUsers users;

    @MockitoBean
    AccountRequests requests;

    @MockitoBean
    PasswordLinks links;

    @Test
    void opensAnAccountUnderTheTrimmedUsernameAndShowsTheOneTimeLinkButNoPassword() {
        given(users.open("rina", "Rina Wulandari", Set.of(Role.WRITER))).willReturn(new NewAccount(
                AccountExamples.account("rina", "Rina Wulandari", Set.of(Role.WRITER)),
                new IssuedPasswordLink("rina", "tautan-sekali-pakai", Instant.parse("2026-12-08T03:00:00Z"))));

        assertThat(mvc.post().uri("/api/admin/users").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
                {"username": "  rina ", "displayName": "Rina Wulandari", "roles": ["WRITER"]}"""))
            .hasStatus(HttpStatus.CREATED).bodyJson()
            .isLenientlyEqualTo("""
                {"account": {"username": "rina", "displayName": "Rina Wulandari", "roles": ["WRITER"], "enabled": true},
                 "setPasswordLink": {"path": "/set-password/tautan-sekali-pakai", "expiresAt": "2026-12-08T03:00:00Z"}}""")
            .doesNotHavePath("$.account.passwordHash");
    }

    @Test
    void namesAnUnknownRoleInTheBodyWithoutCallingTheService() {
        assertThat(mvc.put().uri("/api/admin/users/sari/roles").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("{\"roles\": [\"CHIEF\"]}"))
            .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).asString().startsWith("roles"))
            .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).asString().contains("WRITER", "ADMIN"));
        verify(users, never()).changeRoles(any(), any());
    }

    @Test
    void answersAFieldRefusalOfTheServiceInTheCallersLanguage() {
        given(users.open("sari", "Sari Lagi", Set.of(Role.EDITOR))).willThrow(new InvalidFieldException("username",
                "user.username-taken", "Nama pengguna ini sudah dipakai: sari", "sari"));

        assertThat(mvc.post().uri("/api/admin/users").with(ADMIN).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"username": "sari", "displayName": "Sari Lagi", "roles": ["EDITOR"]}"""))
            .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .isLenientlyEqualTo("""
                {"detail": "This username is already taken: sari.", "code": "user.username-taken",
                 "errors": [{"field": "username", "code": "user.username-taken"}]}""");
    }

    @Test
    void answersAnUnknownAccountWith404() {
        given(users.disable("tidak-ada")).willThrow(new NotFoundException("user", "Pengguna tidak ditemukan: tidak-ada", "tidak-ada"));

        assertThat(mvc.post().uri("/api/admin/users/tidak-ada/disable").with(ADMIN))
            .hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void declinesAnAccountRequestByItsIdAndRefusesAMalformedOne() {
        UUID request = UUID.randomUUID();

        assertThat(mvc.post().uri("/api/admin/account-requests/{id}/decline", request).with(ADMIN))
            .hasStatus(HttpStatus.NO_CONTENT);
        verify(requests).decline(request);
        assertThat(mvc.post().uri("/api/admin/account-requests/not-a-uuid/approve").with(ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content("{\"username\": \"wartawan\"}"))
            .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("id"))
            .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).asString().contains("UUID"));
    }

    @Test
    void leavesAccountsToAdministrators() {
        assertThat(mvc.get().uri("/api/admin/users").with(user("budi").roles("EDITOR")))
            .hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.post().uri("/api/admin/users/sari/password-reset").with(user("sari").roles("WRITER")))
            .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/admin/account-requests")).hasStatus(HttpStatus.UNAUTHORIZED);
        verifyNoInteractions(requests, links);
        verify(users, never()).everyone();
    }
}

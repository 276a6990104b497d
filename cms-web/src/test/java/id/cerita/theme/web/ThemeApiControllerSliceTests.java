package id.cerita.theme.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import id.cerita.common.InvalidFieldException;
import id.cerita.theme.NewTheme;
import id.cerita.theme.Theme;
import id.cerita.theme.Themes;
import id.cerita.web.ApiSlice;

/** The theme taxonomy over the API: read by everyone signed in, added by administrators, refusals as problems. */
@WebMvcTest(ThemeApiController.class)
@ApiSlice
class ThemeApiControllerSliceTests {

    private static final UserRequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Themes themes;

    @Test
    void listsEveryThemeInOrderWithItsParentAndNamesForEveryoneSignedIn() {
        given(themes.all()).willReturn(List.of(new Theme("kuliner", null, "Kuliner", "Culinary", 10),
                new Theme("kue-dan-roti", "kuliner", "Kue dan roti", "Cakes and bread", 11)));

        assertThat(mvc.get().uri("/api/themes").with(user("wartawan").roles("JOURNALIST"))).hasStatusOk()
            .hasContentType(MediaType.APPLICATION_JSON).bodyJson().isStrictlyEqualTo("""
                [{"code": "kuliner", "parentCode": null, "nameId": "Kuliner", "nameEn": "Culinary"},
                 {"code": "kue-dan-roti", "parentCode": "kuliner", "nameId": "Kue dan roti", "nameEn": "Cakes and bread"}]""");
    }

    @Test
    void addsTheThemeOfTheBodyForTheAdministratorAndPointsToIt() {
        NewTheme theme = new NewTheme("kuliner", "Kue dan roti", "Cakes and bread");
        given(themes.add(theme, "admin")).willReturn(new Theme("kue-dan-roti", "kuliner", "Kue dan roti",
                "Cakes and bread", 11));

        assertThat(post("""
                {"parentCode": " kuliner ", "nameId": " Kue dan roti ", "nameEn": "Cakes and bread"}"""))
            .hasStatus(HttpStatus.CREATED).hasHeader(HttpHeaders.LOCATION, "/api/themes/kue-dan-roti").bodyJson()
            .isStrictlyEqualTo("""
                {"code": "kue-dan-roti", "parentCode": "kuliner", "nameId": "Kue dan roti", "nameEn": "Cakes and bread"}""");
        verify(themes).add(theme, "admin");
    }

    @Test
    void answersATakenNameAndAnUnknownParentWithFieldProblemsInTheCallersLanguage() {
        given(themes.add(new NewTheme(null, "Kuliner", "Food"), "admin")).willThrow(new InvalidFieldException("nameId",
                "theme.name-taken", "Tema dengan nama ini sudah ada: Kuliner", "Kuliner"));
        given(themes.add(new NewTheme("tidak-ada", "Batik", "Batik"), "admin")).willThrow(new InvalidFieldException(
                "parentCode", "theme.unknown", "Tema tidak dikenal: tidak-ada", "tidak-ada"));

        assertThat(post("{\"nameId\": \"Kuliner\", \"nameEn\": \"Food\"}")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson().isLenientlyEqualTo("""
                {"code": "theme.name-taken", "detail": "Tema dengan nama ini sudah ada: Kuliner.",
                 "errors": [{"field": "nameId", "code": "theme.name-taken"}]}""");
        assertThat(post("{\"nameId\": \"Kuliner\", \"nameEn\": \"Food\"}").header("Accept-Language", "en"))
            .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson()
            .extractingPath("$.detail").isEqualTo("A theme with this name already exists: Kuliner.");
        assertThat(post("{\"parentCode\": \"tidak-ada\", \"nameId\": \"Batik\", \"nameEn\": \"Batik\"}")
                .header("Accept-Language", "en"))
            .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().isLenientlyEqualTo("""
                {"detail": "Unknown theme: tidak-ada.", "errors": [{"field": "parentCode", "code": "theme.unknown"}]}""");
    }

    @Test
    void namesAFieldOfTheWrongTypeWithoutAskingTheService() {
        assertThat(post("{\"nameId\": [\"Kuliner\"], \"nameEn\": \"Food\"}")).hasStatus(HttpStatus.BAD_REQUEST)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("nameId"));
        verifyNoInteractions(themes);
    }

    @Test
    void leavesAddingThemesToAdministratorsAndReadingThemToThoseSignedIn() {
        for (UserRequestPostProcessor other : new UserRequestPostProcessor[] { user("budi").roles("EDITOR"),
                user("sari").roles("WRITER"), user("wartawan").roles("JOURNALIST") }) {
            assertThat(mvc.post().uri("/api/themes").with(other).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"nameId\": \"Batik\", \"nameEn\": \"Batik\"}"))
                .hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(mvc.get().uri("/api/themes")).hasStatus(HttpStatus.UNAUTHORIZED)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        verifyNoInteractions(themes);
    }

    private MockMvcRequestBuilder post(String body) {
        return mvc.post().uri("/api/themes").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}

package id.cerita.course.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import id.cerita.common.NotFoundException;
import id.cerita.common.ProviderId;
import id.cerita.common.StateConflictException;
import id.cerita.course.Courses;
import id.cerita.course.Delivery;
import id.cerita.course.SkillType;
import id.cerita.course.TrainingCourse;
import id.cerita.course.TrainingProvider;
import id.cerita.web.ApiSlice;

/** Training providers over the API: each with its courses, refusals in the caller's language, and who archives. */
@WebMvcTest(ProviderApiController.class)
@ApiSlice
class ProviderApiControllerSliceTests {

    private static final UserRequestPostProcessor SARI = user("sari").roles("WRITER");
    private static final UserRequestPostProcessor BUDI = user("budi").roles("EDITOR");
    private static final TrainingProvider PROVIDER = TrainingProvider.register("lpk-maju", "LPK Maju",
            "https://lpk-maju.example", "Lembaga pelatihan di Jambi");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Courses courses;

    @Test
    void listsTheProvidersOnOfferWithTheirCoursesAndTheIdsAsPlainUuids() {
        TrainingCourse course = TrainingCourse.offer("pemasaran-digital", "Pemasaran digital", "pemasaran",
                SkillType.HARD, Delivery.ONLINE, PROVIDER);
        given(courses.providers(false)).willReturn(List.of(PROVIDER));
        given(courses.coursesOf(PROVIDER.id())).willReturn(List.of(course));

        assertThat(mvc.get().uri("/api/providers").with(user("wartawan").roles("JOURNALIST"))).hasStatusOk()
            .bodyJson().isLenientlyEqualTo("""
                [{"id": "%s", "slug": "lpk-maju", "name": "LPK Maju", "archived": false,
                  "courses": [{"id": "%s", "title": "Pemasaran digital", "providerId": "%1$s"}]}]"""
                .formatted(PROVIDER.id(), course.id()));
    }

    @Test
    void answersUnknownMalformedAndArchivedProvidersInTheCallersLanguage() {
        ProviderId unknown = ProviderId.random();
        ProviderId archived = ProviderId.random();
        given(courses.requireProvider(unknown))
            .willThrow(new NotFoundException("provider", "Lembaga pelatihan tidak ditemukan: " + unknown, unknown));
        given(courses.archiveProvider(archived, "budi"))
            .willThrow(new StateConflictException("provider.archived", "Lembaga pelatihan ini sudah diarsipkan: LPK Maju",
                    "LPK Maju"));

        assertThat(mvc.get().uri("/api/providers/{id}", unknown).with(SARI).header("Accept-Language", "en"))
            .hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.detail", detail -> assertThat(detail)
                .isEqualTo("Training provider not found: " + unknown + "."));
        assertThat(mvc.get().uri("/api/providers/lpk-maju").with(SARI)).hasStatus(HttpStatus.BAD_REQUEST)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("id"))
            .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).asString().contains("UUID"));
        assertThat(mvc.post().uri("/api/providers/{id}/archive", archived).with(BUDI))
            .hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .isLenientlyEqualTo("""
                {"code": "provider.archived", "detail": "Lembaga pelatihan ini sudah diarsipkan: LPK Maju."}""");
    }

    @Test
    void leavesArchivingToEditorsAndAdministratorsAndReadingToSignedInUsers() {
        ProviderId id = ProviderId.random();

        assertThat(mvc.post().uri("/api/providers/{id}/archive", id).with(SARI)).hasStatus(HttpStatus.FORBIDDEN)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/providers")).hasStatus(HttpStatus.UNAUTHORIZED);
        verifyNoInteractions(courses);
    }
}

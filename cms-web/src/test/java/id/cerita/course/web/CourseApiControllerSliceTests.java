package id.cerita.course.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
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

import id.cerita.common.CourseId;
import id.cerita.common.NotFoundException;
import id.cerita.common.StateConflictException;
import id.cerita.course.CourseDetails;
import id.cerita.course.Courses;
import id.cerita.course.Delivery;
import id.cerita.course.SkillType;
import id.cerita.course.TrainingCourse;
import id.cerita.course.TrainingProvider;
import id.cerita.web.ApiSlice;

/** The course catalogue over the API: what lists show, bodies to the service, refusals, and who archives. */
@WebMvcTest(CourseApiController.class)
@ApiSlice
class CourseApiControllerSliceTests {

    private static final UserRequestPostProcessor SARI = user("sari").roles("WRITER");
    private static final TrainingProvider PROVIDER = TrainingProvider.register("lpk-maju", "LPK Maju",
            "https://lpk-maju.example", "Lembaga pelatihan di Jambi");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Courses courses;

    @Test
    void listsTheCoursesOnOfferUnlessArchivedOnesAreAskedFor() {
        TrainingCourse course = course();
        given(courses.courses(false)).willReturn(List.of(course));

        assertThat(mvc.get().uri("/api/courses").with(user("wartawan").roles("JOURNALIST"))).hasStatusOk()
            .bodyJson().isLenientlyEqualTo("""
                [{"id": "%s", "slug": "pemasaran-digital", "title": "Pemasaran digital", "themeCode": "pemasaran",
                  "skillType": "HARD", "delivery": "ONLINE", "providerId": "%s", "archived": false}]"""
                .formatted(course.id(), PROVIDER.id()));
        assertThat(mvc.get().uri("/api/courses?includeArchived=true").with(SARI)).hasStatusOk();
        verify(courses).courses(true);
    }

    @Test
    void offersACourseFromTheBodyAndPointsToIt() {
        CourseDetails details = new CourseDetails("Pemasaran digital", "pemasaran", SkillType.HARD, Delivery.ONLINE,
                PROVIDER.id());
        TrainingCourse offered = course();
        given(courses.offerCourse(details, "sari")).willReturn(offered);

        assertThat(mvc.post().uri("/api/courses").with(SARI).contentType(MediaType.APPLICATION_JSON).content("""
                {"title": " Pemasaran digital ", "themeCode": "pemasaran", "skillType": "HARD", "delivery": "ONLINE",
                 "providerId": "%s"}""".formatted(PROVIDER.id())))
            .hasStatus(HttpStatus.CREATED).hasHeader(HttpHeaders.LOCATION, "/api/courses/" + offered.id());
        verify(courses).offerCourse(details, "sari");
    }

    @Test
    void namesAnUnknownSkillTypeWithTheValuesItMayTake() {
        assertThat(mvc.post().uri("/api/courses").with(SARI).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"Menjahit\", \"skillType\": \"MEDIUM\"}"))
            .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("skillType"))
            .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).asString().contains("HARD, SOFT"));
        verify(courses, never()).offerCourse(any(), any());
    }

    @Test
    void answersUnknownMalformedAndAlreadyArchivedCoursesWithProblemDetails() {
        CourseId unknown = CourseId.random();
        CourseId archived = CourseId.random();
        given(courses.requireCourse(unknown)).willThrow(new NotFoundException("course", "Pelatihan tidak ditemukan", unknown));
        given(courses.archiveCourse(archived, "budi"))
            .willThrow(new StateConflictException("course.archived", "Pelatihan ini sudah diarsipkan", "Merias Wajah Dasar"));

        assertThat(mvc.get().uri("/api/courses/{id}", unknown).with(SARI)).hasStatus(HttpStatus.NOT_FOUND)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/courses/42").with(SARI)).hasStatus(HttpStatus.BAD_REQUEST)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("id"));
        assertThat(mvc.post().uri("/api/courses/{id}/archive", archived).with(user("budi").roles("EDITOR")))
            .hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .isLenientlyEqualTo("""
                {"type": "https://cerita.id/problems/state-conflict", "code": "course.archived",
                 "detail": "Pelatihan ini sudah diarsipkan: Merias Wajah Dasar."}""");
        assertThat(mvc.post().uri("/api/courses/{id}/archive", archived).header("Accept-Language", "en")
                .with(user("budi").roles("EDITOR")))
            .hasStatus(HttpStatus.CONFLICT).bodyJson().isLenientlyEqualTo("""
                {"title": "Does not fit its current state", "detail": "This course is already archived: Merias Wajah Dasar."}""");
    }

    @Test
    void leavesArchivingToEditorsAndAdministratorsAndAddingToTheNewsroom() {
        CourseId id = CourseId.random();
        assertThat(mvc.post().uri("/api/courses/{id}/archive", id).with(SARI)).hasStatus(HttpStatus.FORBIDDEN)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.post().uri("/api/courses").with(user("wartawan").roles("JOURNALIST"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"Menjahit\"}"))
            .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/courses")).hasStatus(HttpStatus.UNAUTHORIZED);
        verifyNoInteractions(courses);
    }

    private static TrainingCourse course() {
        return TrainingCourse.offer("pemasaran-digital", "Pemasaran digital", "pemasaran", SkillType.HARD,
                Delivery.ONLINE, PROVIDER);
    }
}

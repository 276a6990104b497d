package id.cerita.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import id.cerita.common.NotFoundException;
import id.cerita.common.StoryId;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.story.StoryExamples;
import id.cerita.web.ApiSlice;

/** Scheduling and embargoes over the API: bodies, zones, problem details and the editors-only rule. */
@WebMvcTest(WorkflowApiController.class)
@ApiSlice
class WorkflowApiControllerSliceTests {

    private static final UserRequestPostProcessor BUDI = user("budi").roles("EDITOR");

    @Autowired
    MockMvcTester mvc;

    @Autowired // a mock, from ApiSlice
    Stories stories;

    @Test
    void schedulesAtTheLocalTimeInTheChosenZoneAndAnswersTheWorkflowState() {
        ZoneId makassar = ZoneId.of("Asia/Makassar");
        Story scheduled = StoryExamples.scheduled(Instant.parse("2026-12-05T01:00:00Z"), makassar, 5);
        given(stories.schedule(scheduled.id(), LocalDateTime.parse("2026-12-05T09:00"), makassar, "budi"))
            .willReturn(scheduled);

        assertThat(post("/api/stories/{id}/schedule", scheduled.id(), """
                {"publishAt": "2026-12-05T09:00", "zone": "Asia/Makassar"}""")).hasStatusOk()
            .bodyJson().isLenientlyEqualTo("""
                {"id": "%s", "status": "SCHEDULED", "version": 5, "scheduledAt": "2026-12-05T01:00:00Z",
                 "scheduleZone": "Asia/Makassar"}""".formatted(scheduled.id().value()));
    }

    @Test
    void takesJakartaTimeWhenNoZoneIsGiven() {
        StoryId id = StoryId.random();
        Story embargoed = StoryExamples.draft("Embargo sampai peluncuran", "sari", 1);
        given(stories.embargo(id, Instant.parse("2026-12-10T01:00:00Z"), "budi")).willReturn(embargoed);

        assertThat(post("/api/stories/{id}/embargo", id, """
                {"until": "2026-12-10T08:00"}""")).hasStatusOk();
        verify(stories).embargo(id, Instant.parse("2026-12-10T01:00:00Z"), "budi");
    }

    @Test
    void refusesAnUnknownZoneNamingTheFieldInTheCallersLanguage() {
        assertThat(post("/api/stories/{id}/schedule", StoryId.random(), """
                {"publishAt": "2026-12-05T09:00", "zone": "Mars/Olympus"}""").header("Accept-Language", "en"))
            .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .isLenientlyEqualTo("""
                {"code": "zone.unknown", "detail": "Unknown time zone: Mars/Olympus.",
                 "errors": [{"field": "zone", "code": "zone.unknown"}]}""");
        assertThat(post("/api/stories/{id}/schedule", StoryId.random(), """
                {"publishAt": "2026-12-05T09:00", "zone": "Mars/Olympus"}""").header("Accept-Language", "id-ID"))
            .bodyJson().extractingPath("$.detail").isEqualTo("Zona waktu tidak dikenal: Mars/Olympus.");
        verifyNoInteractions(stories);
    }

    @Test
    void validatesTheBodiesBeforeAskingTheService() {
        assertThat(post("/api/stories/{id}/schedule", StoryId.random(), "{\"zone\": \"Asia/Jakarta\"}"))
            .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("publishAt"));
        assertThat(post("/api/stories/{id}/schedule", StoryId.random(), "{\"publishAt\": \"besok pagi\"}"))
            .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("publishAt"));
        assertThat(post("/api/stories/{id}/embargo/lift", StoryId.random(), "{\"reason\": \"  \"}"))
            .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("reason"));
        verifyNoInteractions(stories);
    }

    @Test
    void answersAnUnknownOrMalformedStoryWithProblemDetails() {
        StoryId unknown = StoryId.random();
        given(stories.unschedule(unknown, "budi")).willThrow(new NotFoundException("story", "Cerita tidak ditemukan", unknown));

        assertThat(mvc.post().uri("/api/stories/{id}/unschedule", unknown).with(BUDI))
            .hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.post().uri("/api/stories/not-a-uuid/unschedule").with(BUDI))
            .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("id"));
    }

    @Test
    void leavesSchedulingAndEmbargoesToEditors() {
        for (UserRequestPostProcessor other : new UserRequestPostProcessor[] { user("sari").roles("WRITER"),
                user("admin").roles("ADMIN"), user("wartawan").roles("JOURNALIST") }) {
            assertThat(mvc.post().uri("/api/stories/{id}/schedule", StoryId.random()).with(other)
                    .contentType(MediaType.APPLICATION_JSON).content("{\"publishAt\": \"2026-12-05T09:00\"}"))
                .hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(mvc.post().uri("/api/stories/{id}/embargo/lift", StoryId.random()).with(other)
                    .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .as("refused before the body is read").hasStatus(HttpStatus.FORBIDDEN);
        }
        verifyNoInteractions(stories);
    }

    private MockMvcRequestBuilder post(String path, StoryId id, String body) {
        return mvc.post().uri(path, id).with(BUDI).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}

package id.cerita.coverage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import id.cerita.common.NotFoundException;
import id.cerita.common.StoryId;
import id.cerita.coverage.ClipDetails;
import id.cerita.coverage.PressClip;
import id.cerita.coverage.PressClips;
import id.cerita.web.ApiSlice;

/** Press clips over the API: story ids in the query, the body and the answer, refusals, and newsroom only. */
@WebMvcTest(CoverageApiController.class)
@ApiSlice
class CoverageApiControllerSliceTests {

    private static final UserRequestPostProcessor SARI = user("sari").roles("WRITER");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    PressClips clips;

    @Test
    void listsTheClipsOfOneStoryWithItsIdAsThePlainUuid() {
        StoryId story = StoryId.random();
        PressClip clip = new PressClip(UUID.randomUUID(), details(Set.of(story)), "sari",
                Instant.parse("2026-12-04T03:00:00Z"));
        given(clips.ofStory(story)).willReturn(List.of(clip));

        assertThat(mvc.get().uri("/api/clips?story={id}", story).with(SARI)).hasStatusOk().bodyJson()
            .isLenientlyEqualTo("""
                [{"id": "%s", "createdBy": "sari",
                  "details": {"outlet": "Gema Sulawesi", "publishedOn": "2026-12-03", "storyIds": ["%s"]}}]"""
                .formatted(clip.id(), story.value()));
        verify(clips).ofStory(story);
    }

    @Test
    void refusesAMalformedStoryIdInTheQueryNamingTheParameter() {
        assertThat(mvc.get().uri("/api/clips?story=bukan-uuid").with(SARI)).hasStatus(HttpStatus.BAD_REQUEST)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("story"));
        verifyNoInteractions(clips);
    }

    @Test
    void recordsAClipWithTheStoriesItCoversReadFromTheirIds() {
        StoryId story = StoryId.random();
        given(clips.record(any(), eq("sari"))).willReturn(new PressClip(UUID.randomUUID(), details(Set.of(story)),
                "sari", Instant.parse("2026-12-04T03:00:00Z")));

        assertThat(mvc.post().uri("/api/clips").with(SARI).contentType(MediaType.APPLICATION_JSON).content("""
                {"outlet": "Gema Sulawesi", "headline": "Vita membuka jasa rias", "publishedOn": "2026-12-03",
                 "language": "id", "storyIds": ["%s"]}""".formatted(story)))
            .hasStatus(HttpStatus.CREATED);
        ArgumentCaptor<ClipDetails> details = ArgumentCaptor.captor();
        verify(clips).record(details.capture(), eq("sari"));
        assertThat(details.getValue().storyIds()).containsExactly(story);
        assertThat(details.getValue().publishedOn()).isEqualTo(LocalDate.parse("2026-12-03"));
    }

    @Test
    void namesAMalformedStoryIdInTheBody() {
        assertThat(mvc.post().uri("/api/clips").with(SARI).contentType(MediaType.APPLICATION_JSON).content("""
                {"outlet": "Gema Sulawesi", "storyIds": ["bukan-uuid"]}"""))
            .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).asString().startsWith("storyIds"));
        verifyNoInteractions(clips);
    }

    @Test
    void deletesAClipAndAnswersAnUnknownOneWith404() {
        UUID gone = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        given(clips.require(unknown)).willThrow(new NotFoundException("clip", "Liputan tidak ditemukan", unknown));

        assertThat(mvc.delete().uri("/api/clips/{id}", gone).with(SARI)).hasStatus(HttpStatus.NO_CONTENT);
        verify(clips).delete(gone);
        assertThat(mvc.get().uri("/api/clips/{id}", unknown).with(SARI)).hasStatus(HttpStatus.NOT_FOUND)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void keepsTheClipsInTheNewsroom() {
        assertThat(mvc.get().uri("/api/clips").with(user("wartawan").roles("JOURNALIST")))
            .hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.delete().uri("/api/clips/{id}", UUID.randomUUID())).hasStatus(HttpStatus.UNAUTHORIZED);
        verifyNoInteractions(clips);
    }

    private static ClipDetails details(Set<StoryId> stories) {
        return new ClipDetails("Gema Sulawesi", null, LocalDate.parse("2026-12-03"), null, "Vita membuka jasa rias",
                null, "id", null, null, stories);
    }
}

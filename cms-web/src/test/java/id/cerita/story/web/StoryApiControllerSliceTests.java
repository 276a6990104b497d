package id.cerita.story.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import id.cerita.common.NotFoundException;
import id.cerita.common.StoryId;
import id.cerita.story.StaleStoryException;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.story.StoryContent;
import id.cerita.story.StoryExamples;
import id.cerita.story.StoryFilter;
import id.cerita.story.StoryListing;
import id.cerita.story.StoryPage;
import id.cerita.story.StoryStatus;
import id.cerita.story.StoryTransitions;
import id.cerita.story.Transition;
import id.cerita.story.WorkflowViolationException;
import id.cerita.web.ApiSlice;

/** The story API's web layer: paths, JSON, problem details and URL rules, with the story services mocked. */
@WebMvcTest(StoryApiController.class)
@ApiSlice
class StoryApiControllerSliceTests {

    private static final UserRequestPostProcessor SARI = user("sari").roles("WRITER");
    private static final UserRequestPostProcessor BUDI = user("budi").roles("EDITOR");

    @Autowired
    MockMvcTester mvc;

    @Autowired // a mock, from ApiSlice
    Stories stories;

    @MockitoBean
    StoryListing listing;

    @MockitoBean
    StoryTransitions transitions;

    @Test
    void answersAStoryWithItsIdAsThePlainUuid() {
        Story story = StoryExamples.draft("Vita membuka jasa rias di Gorontalo", "sari", 3);
        given(stories.require(story.id())).willReturn(story);

        assertThat(mvc.get().uri("/api/stories/{id}", story.id().value()).with(SARI)).hasStatusOk()
            .hasContentType(MediaType.APPLICATION_JSON).bodyJson().isLenientlyEqualTo("""
                {"id": "%s", "version": 3, "title": "Vita membuka jasa rias di Gorontalo", "regionCode": "75.71",
                 "status": "DRAFT", "author": "sari"}""".formatted(story.id().value()));
    }

    @Test
    void answersAMalformedIdInThePathWith400ProblemDetail() {
        assertThat(mvc.get().uri("/api/stories/not-a-uuid").with(SARI)).hasStatus(HttpStatus.BAD_REQUEST)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.type", type -> assertThat(type).asString().endsWith("/invalid-parameter"))
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("id"))
            .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).asString().contains("harus berupa UUID"));
        assertThat(mvc.get().uri("/api/stories/not-a-uuid").header("Accept-Language", "en").with(SARI))
            .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
            .hasPathSatisfying("$.title", title -> assertThat(title).isEqualTo("Invalid parameter"))
            .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).asString().contains("a UUID"));
        verifyNoInteractions(stories);
    }

    @Test
    void answersNotFoundAsProblemDetailForAnUnknownStoryInTheCallersLanguage() {
        StoryId unknown = StoryId.random();
        given(stories.require(unknown))
            .willThrow(new NotFoundException("story", "Cerita tidak ditemukan: " + unknown, unknown));

        assertThat(mvc.get().uri("/api/stories/{id}", unknown).with(SARI)).hasStatus(HttpStatus.NOT_FOUND)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.type", type -> assertThat(type).asString().endsWith("/not-found"))
            .hasPathSatisfying("$.title", title -> assertThat(title).isEqualTo("Tidak ditemukan"))
            .hasPathSatisfying("$.detail", detail -> assertThat(detail).isEqualTo("Cerita tidak ditemukan: " + unknown + "."));
        assertThat(mvc.get().uri("/api/stories/{id}", unknown).header("Accept-Language", "en").with(SARI))
            .hasStatus(HttpStatus.NOT_FOUND).bodyJson()
            .hasPathSatisfying("$.title", title -> assertThat(title).isEqualTo("Not found"))
            .hasPathSatisfying("$.detail", detail -> assertThat(detail).isEqualTo("Story not found: " + unknown + "."));
    }

    @Test
    void createsAStoryFromTheBodyAndPointsToIt() {
        StoryId original = StoryId.random();
        Story created = StoryExamples.draft("Donat Hujaipah di Jambi", "sari", 0);
        given(stories.create(any(), eq(original), eq("sari"))).willReturn(created);

        assertThat(mvc.post().uri("/api/stories").with(SARI).contentType(MediaType.APPLICATION_JSON).content("""
                {"language": "ID", "title": "Donat Hujaipah di Jambi", "regionCode": "15.71",
                 "themeCodes": ["kuliner"], "translationOf": "%s"}""".formatted(original)))
            .hasStatus(HttpStatus.CREATED).hasHeader(HttpHeaders.LOCATION, "/api/stories/" + created.id())
            .bodyJson().extractingPath("$.id").isEqualTo(created.id().toString());

        ArgumentCaptor<StoryContent> content = ArgumentCaptor.captor();
        verify(stories).create(content.capture(), eq(original), eq("sari"));
        assertThat(content.getValue()).extracting(StoryContent::title, StoryContent::regionCode, StoryContent::themeCodes)
            .containsExactly("Donat Hujaipah di Jambi", "15.71", Set.of("kuliner"));
    }

    @Test
    void passesTheListFiltersAndRejectsAnUnknownStatusNamingTheField() {
        given(listing.page(any(), eq(1), eq(5))).willReturn(new StoryPage(List.of(), 1, 5, 0));

        assertThat(mvc.get().uri("/api/stories?status=DRAFT&region=75&q=rias&page=1&size=5").with(SARI)).hasStatusOk()
            .bodyJson().isLenientlyEqualTo("""
                {"items": [], "page": 1, "size": 5, "total": 0}""");
        verify(listing).page(new StoryFilter(StoryStatus.DRAFT, "75", null, null, null, "rias"), 1, 5);

        assertThat(mvc.get().uri("/api/stories?status=LOST").with(SARI)).hasStatus(HttpStatus.BAD_REQUEST)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("status"))
            .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).asString().contains("DRAFT", "PUBLISHED"));
    }

    @Test
    void refusesASaveWithoutTheVersionItWasReadAt() {
        assertThat(mvc.put().uri("/api/stories/{id}", UUID.randomUUID()).with(SARI).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"language": "ID", "title": "Tanpa versi"}"""))
            .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("version"))
            .hasPathSatisfying("$.detail", detail -> assertThat(detail).asString().startsWith("Send the version"));
        verify(stories, never()).save(any(), anyLong(), any(), any());
    }

    @Test
    void answersAStaleSaveWithConflictAndTheStoredText() {
        Story stored = StoryExamples.draft("Yeni menyewakan papan", "budi", 4);
        given(stories.save(eq(stored.id()), eq(2L), any(), eq("sari"))).willThrow(new StaleStoryException(stored, 2));

        assertThat(mvc.put().uri("/api/stories/{id}", stored.id()).with(SARI).contentType(MediaType.APPLICATION_JSON)
                .content("""
                    {"version": 2, "language": "ID", "title": "Suntingan Sari"}"""))
            .hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .isLenientlyEqualTo("""
                {"currentVersion": 4, "yourVersion": 2, "lastEditor": "budi",
                 "current": {"title": "Yeni menyewakan papan", "body": "Paragraf satu.\\n\\nParagraf dua."}}""");
    }

    @Test
    void answersAWorkflowRefusalInTheLanguageTheCallerAsksFor() {
        StoryId id = StoryId.random();
        given(transitions.take(Transition.APPROVE, id, "budi", null)).willThrow(
                new WorkflowViolationException("approve.own-story", "Penulis tidak dapat menyetujui ceritanya sendiri"));

        assertThat(mvc.post().uri("/api/stories/{id}/approve", id).with(BUDI).header("Accept-Language", "en"))
            .hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .isLenientlyEqualTo("""
                {"code": "approve.own-story", "detail": "Authors cannot approve their own story."}""");
        assertThat(mvc.post().uri("/api/stories/{id}/approve", id).with(BUDI).header("Accept-Language", "id"))
            .bodyJson().extractingPath("$.detail").isEqualTo("Penulis tidak dapat menyetujui ceritanya sendiri.");
    }

    @Test
    void validatesTheReasonOfAStepBeforeTakingIt() {
        assertThat(mvc.post().uri("/api/stories/{id}/request-changes", UUID.randomUUID()).with(BUDI)
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"%s\"}".formatted("x".repeat(1001))))
            .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("reason"));
        verifyNoInteractions(transitions);
    }

    @Test
    void keepsTheWorkingCopiesFromJournalistsAndAnonymousCallers() {
        StoryId id = StoryId.random();

        assertThat(mvc.get().uri("/api/stories/{id}", id)).hasStatus(HttpStatus.UNAUTHORIZED)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
            .headers().hasValue(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Cerita\"");
        assertThat(mvc.get().uri("/api/stories/{id}", id).with(user("wartawan").roles("JOURNALIST")))
            .hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.post().uri("/api/stories").with(user("admin").roles("ADMIN"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"Dari admin\"}"))
            .hasStatus(HttpStatus.FORBIDDEN);
        verifyNoInteractions(stories);
    }
}

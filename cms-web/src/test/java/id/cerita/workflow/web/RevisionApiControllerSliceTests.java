package id.cerita.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
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
import id.cerita.common.StoryId;
import id.cerita.revision.RevisionComparison;
import id.cerita.revision.RevisionSummary;
import id.cerita.revision.Revisions;
import id.cerita.revision.WordDiff;
import id.cerita.story.StaleStoryException;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.story.StoryExamples;
import id.cerita.web.ApiSlice;

/** A story's history over the API: the list, a diff of two revisions, restoring one, refusals, and who may. */
@WebMvcTest(RevisionApiController.class)
@ApiSlice
class RevisionApiControllerSliceTests {

    private static final UserRequestPostProcessor SARI = user("sari").roles("WRITER");
    private static final Instant AT = Instant.parse("2026-12-04T03:15:00Z");

    @Autowired
    MockMvcTester mvc;

    @Autowired // a mock, from ApiSlice
    Stories stories;

    @MockitoBean
    Revisions revisions;

    @Test
    void listsTheRevisionsOfAStoryNewestFirstForTheNewsroom() {
        StoryId id = StoryId.random();
        given(revisions.history(id)).willReturn(List.of(new RevisionSummary(2, "budi", AT, "disunting", 1200),
                new RevisionSummary(1, "sari", AT.minusSeconds(3600), null, 900)));

        assertThat(mvc.get().uri("/api/stories/{id}/revisions", id.value()).with(user("admin").roles("ADMIN")))
            .hasStatusOk().hasContentType(MediaType.APPLICATION_JSON).bodyJson().isStrictlyEqualTo("""
                [{"number": 2, "author": "budi", "createdAt": "2026-12-04T03:15:00Z", "note": "disunting", "bodyLength": 1200},
                 {"number": 1, "author": "sari", "createdAt": "2026-12-04T02:15:00Z", "note": null, "bodyLength": 900}]""");
        verify(stories).require(id);
    }

    @Test
    void comparesTwoRevisionsWordByWordWithTheStoryIdAsThePlainUuid() {
        StoryId id = StoryId.random();
        RevisionSummary from = new RevisionSummary(1, "sari", AT, null, 20);
        RevisionSummary to = new RevisionSummary(3, "budi", AT, null, 22);
        given(revisions.compare(id, 1, 3)).willReturn(new RevisionComparison(id, from, to,
                WordDiff.between("Donat Jambi", "Donat Hujaipah di Jambi"), WordDiff.between("", ""),
                WordDiff.between("Paragraf satu.", "Paragraf satu."), List.of()));

        assertThat(mvc.get().uri("/api/stories/{id}/revisions/compare?from=1&to=3", id).with(SARI)).hasStatusOk()
            .bodyJson().isLenientlyEqualTo("""
                {"storyId": "%s", "from": {"number": 1}, "to": {"number": 3},
                 "title": {"segments": [{"change": "SAME", "text": "Donat "}, {"change": "ADDED", "text": "Hujaipah di "},
                                        {"change": "SAME", "text": "Jambi"}]},
                 "body": {"segments": [{"change": "SAME", "text": "Paragraf satu."}]}, "fields": []}"""
                .formatted(id.value()));
    }

    @Test
    void answersAnUnknownRevisionWith404InTheCallersLanguage() {
        StoryId id = StoryId.random();
        given(revisions.compare(id, 1, 9)).willThrow(new NotFoundException("revision", "Revisi 9 tidak ditemukan", 9));

        assertThat(mvc.get().uri("/api/stories/{id}/revisions/compare?from=1&to=9", id).with(SARI))
            .hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.title", title -> assertThat(title).isEqualTo("Tidak ditemukan"))
            .hasPathSatisfying("$.detail", detail -> assertThat(detail).isEqualTo("Revisi 9 tidak ditemukan."));
        assertThat(mvc.get().uri("/api/stories/{id}/revisions/compare?from=1&to=9", id).with(SARI)
                .header("Accept-Language", "en"))
            .hasStatus(HttpStatus.NOT_FOUND).bodyJson()
            .hasPathSatisfying("$.title", title -> assertThat(title).isEqualTo("Not found"))
            .hasPathSatisfying("$.detail", detail -> assertThat(detail).isEqualTo("Revision 9 not found."));
    }

    @Test
    void answersAnUnknownStoryWith404InTheCallersLanguage() {
        StoryId unknown = StoryId.random();
        given(stories.require(unknown)).willThrow(new NotFoundException("story", "Cerita tidak ditemukan: " + unknown, unknown));

        assertThat(mvc.get().uri("/api/stories/{id}/revisions", unknown).with(SARI).header("Accept-Language", "en"))
            .hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .extractingPath("$.detail").isEqualTo("Story not found: " + unknown + ".");
        verifyNoInteractions(revisions);
    }

    @Test
    void answersMalformedParametersWith400NamingThem() {
        assertThat(mvc.get().uri("/api/stories/not-a-uuid/revisions").with(SARI)).hasStatus(HttpStatus.BAD_REQUEST)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.type", type -> assertThat(type).asString().endsWith("/invalid-parameter"))
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("id"))
            .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).asString().contains("harus berupa UUID"));
        assertThat(mvc.get().uri("/api/stories/not-a-uuid/revisions/compare?from=1&to=2").with(SARI)
                .header("Accept-Language", "en"))
            .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
            .hasPathSatisfying("$.title", title -> assertThat(title).isEqualTo("Invalid parameter"))
            .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).asString().contains("a UUID"));
        assertThat(mvc.get().uri("/api/stories/{id}/revisions/compare?from=satu&to=2", StoryId.random()).with(SARI))
            .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("from"));
        assertThat(mvc.get().uri("/api/stories/{id}/revisions/compare?from=1", StoryId.random()).with(SARI))
            .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.detail", detail -> assertThat(detail).isEqualTo("Parameter to wajib diisi."));
        assertThat(mvc.get().uri("/api/stories/{id}/revisions/compare?from=1", StoryId.random()).with(SARI)
                .header("Accept-Language", "en"))
            .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
            .hasPathSatisfying("$.detail", detail -> assertThat(detail).isEqualTo("Parameter to is required."));
        assertThat(mvc.get().uri("/api/stories/{id}/revisions/compare?from=satu&to=2", StoryId.random()).with(SARI)
                .header("Accept-Language", "en"))
            .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
            .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).isEqualTo("must be a number."));
        assertThat(mvc.post().uri("/api/stories/{id}/revisions/dua/restore", StoryId.random()).with(SARI)
                .contentType(MediaType.APPLICATION_JSON).content("{\"expectedVersion\": 4}"))
            .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("number"));
        verifyNoInteractions(stories, revisions);
    }

    @Test
    void restoresARevisionAtTheVersionReadAndAnswersTheWorkflowState() {
        Story restored = StoryExamples.draft("Donat Hujaipah di Jambi", "sari", 5);
        given(stories.restore(restored.id(), 4, 2, "sari")).willReturn(restored);

        assertThat(mvc.post().uri("/api/stories/{id}/revisions/2/restore", restored.id()).with(SARI)
                .contentType(MediaType.APPLICATION_JSON).content("{\"expectedVersion\": 4}"))
            .hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"id": "%s", "status": "DRAFT", "version": 5, "live": false}""".formatted(restored.id().value()));
        verify(stories).restore(restored.id(), 4, 2, "sari");
    }

    @Test
    void answersARestoreAtAnOutdatedVersionWithConflictAndTheStoredText() {
        Story stored = StoryExamples.draft("Yeni menyewakan papan", "budi", 6);
        given(stories.restore(stored.id(), 4, 2, "sari")).willThrow(new StaleStoryException(stored, 4));

        assertThat(mvc.post().uri("/api/stories/{id}/revisions/2/restore", stored.id()).with(SARI)
                .contentType(MediaType.APPLICATION_JSON).content("{\"expectedVersion\": 4}"))
            .hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .isLenientlyEqualTo("""
                {"type": "https://cerita.id/problems/stale-version", "currentVersion": 6, "yourVersion": 4,
                 "lastEditor": "budi", "current": {"title": "Yeni menyewakan papan"}}""");
    }

    @Test
    void refusesARestoreWithoutTheVersionItWasReadAt() {
        assertThat(mvc.post().uri("/api/stories/{id}/revisions/2/restore", StoryId.random()).with(SARI)
                .contentType(MediaType.APPLICATION_JSON))
            .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.post().uri("/api/stories/{id}/revisions/2/restore", StoryId.random()).with(SARI)
                .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content("{}"))
            .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("expectedVersion"))
            .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).isEqualTo("must be a number."));
        verify(stories, never()).restore(any(), anyLong(), anyInt(), any());
    }

    @Test
    void leavesRestoringToAuthorsAndTheHistoryToTheNewsroom() {
        StoryId id = StoryId.random();
        assertThat(mvc.post().uri("/api/stories/{id}/revisions/2/restore", id).with(user("admin").roles("ADMIN"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"expectedVersion\": 4}"))
            .hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/stories/{id}/revisions", id).with(user("wartawan").roles("JOURNALIST")))
            .hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/stories/{id}/revisions/compare?from=1&to=2", id)
                .with(user("wartawan").roles("JOURNALIST")))
            .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/stories/{id}/revisions", id)).hasStatus(HttpStatus.UNAUTHORIZED);
        verifyNoInteractions(stories, revisions);
    }
}

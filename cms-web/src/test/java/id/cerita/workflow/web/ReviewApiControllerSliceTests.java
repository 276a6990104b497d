package id.cerita.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import id.cerita.common.StoryId;
import id.cerita.review.CommentExamples;
import id.cerita.review.ReviewComment;
import id.cerita.review.ReviewComments;
import id.cerita.story.WorkflowViolationException;
import id.cerita.web.ApiSlice;

/** Review comments over the API: reading for the newsroom, writing for authors, and the refusals as problems. */
@WebMvcTest(ReviewApiController.class)
@ApiSlice
class ReviewApiControllerSliceTests {

    private static final UserRequestPostProcessor SARI = user("sari").roles("WRITER");
    private static final Instant AT = Instant.parse("2026-12-04T03:15:00Z");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    ReviewComments comments;

    @Test
    void listsTheCommentsOfAStoryForTheWholeNewsroom() {
        StoryId story = StoryId.random();
        ReviewComment comment = CommentExamples.open(story, 1, "Vita lulus kuliah", "Tahun berapa?", "budi", AT);
        given(comments.onStory(story)).willReturn(List.of(comment));

        assertThat(mvc.get().uri("/api/stories/{id}/comments", story).with(user("admin").roles("ADMIN")))
            .hasStatusOk().bodyJson().isLenientlyEqualTo("""
                [{"id": "%s", "revision": 2, "paragraph": 1, "excerpt": "Vita lulus kuliah", "text": "Tahun berapa?",
                  "author": "budi", "createdAt": "2026-12-04T03:15:00Z", "resolved": false}]""".formatted(comment.id()));
    }

    @Test
    void addsACommentFromTheBodyAs201() {
        StoryId story = StoryId.random();
        given(comments.comment(story, 2, "Sebutkan tahun lulusnya", "sari"))
            .willReturn(CommentExamples.open(story, 2, "Vita lulus", "Sebutkan tahun lulusnya", "sari", AT));

        assertThat(mvc.post().uri("/api/stories/{id}/comments", story).with(SARI).contentType(MediaType.APPLICATION_JSON)
                .content("{\"paragraph\": 2, \"text\": \"Sebutkan tahun lulusnya\"}"))
            .hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.text").isEqualTo("Sebutkan tahun lulusnya");
        verify(comments).comment(story, 2, "Sebutkan tahun lulusnya", "sari");
    }

    @Test
    void refusesABlankCommentNamingTheField() {
        assertThat(mvc.post().uri("/api/stories/{id}/comments", StoryId.random()).with(SARI)
                .contentType(MediaType.APPLICATION_JSON).content("{\"paragraph\": 2, \"text\": \" \"}"))
            .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("text"));
        verifyNoInteractions(comments);
    }

    @Test
    void answersResolvingAResolvedCommentWithConflictInTheCallersLanguage() {
        UUID resolved = UUID.randomUUID();
        given(comments.resolve(resolved, "sari"))
            .willThrow(new WorkflowViolationException("comment.resolved", "Komentar ini sudah diselesaikan"));

        assertThat(mvc.post().uri("/api/stories/{id}/comments/{comment}/resolve", StoryId.random(), resolved).with(SARI)
                .header("Accept-Language", "en-GB,en;q=0.8"))
            .hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .isLenientlyEqualTo("""
                {"code": "comment.resolved", "detail": "This comment is already resolved."}""");
    }

    @Test
    void answersMalformedIdsWith400NamingTheParameter() {
        assertThat(mvc.post().uri("/api/stories/{id}/comments/not-a-uuid/resolve", StoryId.random()).with(SARI))
            .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("commentId"));
        assertThat(mvc.get().uri("/api/stories/not-a-uuid/comments").with(SARI))
            .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("id"));
        verifyNoInteractions(comments);
    }

    @Test
    void letsOnlyAuthorsCommentAndKeepsJournalistsOut() {
        StoryId story = StoryId.random();
        assertThat(mvc.post().uri("/api/stories/{id}/comments", story).with(user("admin").roles("ADMIN"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"paragraph\": 1, \"text\": \"Dari admin\"}"))
            .hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/stories/{id}/comments", story).with(user("wartawan").roles("JOURNALIST")))
            .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/stories/{id}/comments", story)).hasStatus(HttpStatus.UNAUTHORIZED);
        verifyNoInteractions(comments);
    }
}

package id.cerita.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.util.Optional;

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
import id.cerita.story.Stories;
import id.cerita.web.ApiSlice;
import id.cerita.workflow.EditLock;
import id.cerita.workflow.EditLocks;
import id.cerita.workflow.LockOutcome;

/** The soft edit lock over the API: who holds it, taking and taking over, letting go, refusals, and authors only. */
@WebMvcTest(EditLockApiController.class)
@ApiSlice
class EditLockApiControllerSliceTests {

    private static final UserRequestPostProcessor SARI = user("sari").roles("WRITER");
    private static final Instant ACQUIRED = Instant.parse("2026-12-04T03:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2026-12-04T03:05:00Z");

    @Autowired
    MockMvcTester mvc;

    @Autowired // a mock, from ApiSlice
    Stories stories;

    @MockitoBean
    EditLocks locks;

    @Test
    void answersWhoHoldsTheLockAndUntilWhenOrNoContentWhenNobodyDoes() {
        StoryId held = StoryId.random();
        StoryId free = StoryId.random();
        given(locks.current(held)).willReturn(Optional.of(new EditLock(held, "budi", ACQUIRED, EXPIRES)));
        given(locks.current(free)).willReturn(Optional.empty());

        assertThat(mvc.get().uri("/api/stories/{id}/lock", held.value()).with(SARI)).hasStatusOk()
            .hasContentType(MediaType.APPLICATION_JSON).bodyJson().isStrictlyEqualTo("""
                {"holder": "budi", "acquiredAt": "2026-12-04T03:00:00Z", "expiresAt": "2026-12-04T03:05:00Z",
                 "outcome": "held", "previousHolder": null}""");
        assertThat(mvc.get().uri("/api/stories/{id}/lock", free).with(SARI)).hasStatus(HttpStatus.NO_CONTENT);
        verify(stories).require(held);
        verify(stories).require(free);
    }

    @Test
    void takesTheLockForTheSignedInAuthor() {
        StoryId id = StoryId.random();
        given(locks.acquire(id, "sari", false))
            .willReturn(new LockOutcome.Acquired(new EditLock(id, "sari", ACQUIRED, EXPIRES)));

        assertThat(mvc.put().uri("/api/stories/{id}/lock", id).with(SARI)).hasStatusOk().bodyJson()
            .isLenientlyEqualTo("""
                {"holder": "sari", "outcome": "acquired", "expiresAt": "2026-12-04T03:05:00Z", "previousHolder": null}""");
    }

    @Test
    void answersSomeoneElsesLockWithConflictSayingWhoAndUntilWhenAndLetsTheAuthorTakeItOver() {
        StoryId id = StoryId.random();
        given(locks.acquire(id, "sari", false))
            .willReturn(new LockOutcome.HeldByOther(new EditLock(id, "budi", ACQUIRED, EXPIRES)));
        given(locks.acquire(id, "sari", true))
            .willReturn(new LockOutcome.TakenOver(new EditLock(id, "sari", EXPIRES, EXPIRES.plusSeconds(300)), "budi"));

        assertThat(mvc.put().uri("/api/stories/{id}/lock", id).with(SARI)).hasStatus(HttpStatus.CONFLICT).bodyJson()
            .isLenientlyEqualTo("""
                {"holder": "budi", "expiresAt": "2026-12-04T03:05:00Z", "outcome": "held-by-other"}""");
        assertThat(mvc.put().uri("/api/stories/{id}/lock?takeover=true", id).with(SARI)).hasStatusOk().bodyJson()
            .isLenientlyEqualTo("""
                {"holder": "sari", "outcome": "taken-over", "previousHolder": "budi"}""");
        verify(locks).acquire(id, "sari", true);
    }

    @Test
    void letsGoOfTheLock() {
        StoryId id = StoryId.random();

        assertThat(mvc.delete().uri("/api/stories/{id}/lock", id).with(user("budi").roles("EDITOR")))
            .hasStatus(HttpStatus.NO_CONTENT);
        verify(locks).release(id, "budi");
    }

    @Test
    void answersAnUnknownStoryWith404InTheCallersLanguageWithoutTakingALock() {
        StoryId unknown = StoryId.random();
        given(stories.require(unknown)).willThrow(new NotFoundException("story", "Cerita tidak ditemukan: " + unknown, unknown));

        assertThat(mvc.put().uri("/api/stories/{id}/lock", unknown).with(SARI)).hasStatus(HttpStatus.NOT_FOUND)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.title", title -> assertThat(title).isEqualTo("Tidak ditemukan"))
            .hasPathSatisfying("$.detail", detail -> assertThat(detail).isEqualTo("Cerita tidak ditemukan: " + unknown + "."));
        assertThat(mvc.get().uri("/api/stories/{id}/lock", unknown).with(SARI).header("Accept-Language", "en"))
            .hasStatus(HttpStatus.NOT_FOUND).bodyJson()
            .hasPathSatisfying("$.title", title -> assertThat(title).isEqualTo("Not found"))
            .hasPathSatisfying("$.detail", detail -> assertThat(detail).isEqualTo("Story not found: " + unknown + "."));
        verify(locks, never()).acquire(any(), any(), anyBoolean());
    }

    @Test
    void answersMalformedParametersWith400NamingThem() {
        assertThat(mvc.put().uri("/api/stories/not-a-uuid/lock").with(SARI)).hasStatus(HttpStatus.BAD_REQUEST)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.type", type -> assertThat(type).asString().endsWith("/invalid-parameter"))
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("id"))
            .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).asString().contains("harus berupa UUID"));
        assertThat(mvc.delete().uri("/api/stories/not-a-uuid/lock").with(SARI).header("Accept-Language", "en"))
            .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
            .hasPathSatisfying("$.title", title -> assertThat(title).isEqualTo("Invalid parameter"))
            .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).asString().contains("a UUID"));
        assertThat(mvc.put().uri("/api/stories/{id}/lock?takeover=maybe", StoryId.random()).with(SARI))
            .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("takeover"));
        verifyNoInteractions(stories, locks);
    }

    @Test
    void leavesTheLockToAuthorsAndKeepsAdministratorsJournalistsAndAnonymousCallersOut() {
        StoryId id = StoryId.random();
        assertThat(mvc.put().uri("/api/stories/{id}/lock", id).with(user("admin").roles("ADMIN")))
            .hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/stories/{id}/lock", id).with(user("wartawan").roles("JOURNALIST")))
            .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.delete().uri("/api/stories/{id}/lock", id)).hasStatus(HttpStatus.UNAUTHORIZED)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        verifyNoInteractions(stories, locks);
    }
}

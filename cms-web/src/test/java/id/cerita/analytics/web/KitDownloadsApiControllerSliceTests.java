package id.cerita.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import id.cerita.analytics.KitDownloadStats;
import id.cerita.analytics.KitDownloadStats.FollowedRow;
import id.cerita.analytics.KitDownloadStats.JournalistRow;
import id.cerita.analytics.KitDownloadStats.OutletRow;
import id.cerita.analytics.KitDownloadStats.StoryRow;
import id.cerita.common.StoryId;
import id.cerita.web.ApiSlice;

/** The press kits' downloads over the API: the four tables in one document, ids as plain UUIDs, editors and admins only. */
@WebMvcTest(KitDownloadsApiController.class)
@ApiSlice
class KitDownloadsApiControllerSliceTests {

    private static final Instant AT = Instant.parse("2026-12-03T04:05:06Z");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    KitDownloadStats stats;

    @Test
    void answersTheDownloadsPerStoryJournalistOutletAndTheClipsThatFollowedWithIdsAsPlainUuids() {
        StoryId story = StoryId.random();
        UUID clip = UUID.randomUUID();
        given(stats.perStory()).willReturn(List.of(new StoryRow(story, "Donat Hujaipah di Jambi",
                "donat-hujaipah-di-jambi", 4, 2, AT)));
        given(stats.perJournalist()).willReturn(List.of(new JournalistRow("wartawan", "Rina Jambi", "Jambi Ekspres",
                3, 1, AT)));
        given(stats.perOutlet()).willReturn(List.of(new OutletRow(KitDownloadStats.NO_OUTLET, 1, 1, 1)));
        given(stats.followedByCoverage()).willReturn(List.of(new FollowedRow(story, "Donat Hujaipah di Jambi",
                "wartawan", "Rina Jambi", "Jambi Ekspres", AT, clip, "Donat dari Jambi mendunia",
                LocalDate.parse("2026-12-05"), "https://jambiekspres.example/donat")));

        assertThat(mvc.get().uri("/api/analytics/downloads").with(user("budi").roles("EDITOR"))).hasStatusOk()
            .hasContentType(MediaType.APPLICATION_JSON).bodyJson().isLenientlyEqualTo("""
                {"stories": [{"storyId": "%1$s", "title": "Donat Hujaipah di Jambi", "slug": "donat-hujaipah-di-jambi",
                              "downloads": 4, "journalists": 2, "lastDownloadedAt": "2026-12-03T04:05:06Z"}],
                 "journalists": [{"username": "wartawan", "displayName": "Rina Jambi", "outlet": "Jambi Ekspres",
                                  "downloads": 3, "stories": 1}],
                 "outlets": [{"outlet": "—", "downloads": 1, "journalists": 1, "stories": 1}],
                 "followedByCoverage": [{"storyId": "%1$s", "username": "wartawan", "clipId": "%2$s",
                                         "headline": "Donat dari Jambi mendunia", "clipPublishedOn": "2026-12-05",
                                         "clipUrl": "https://jambiekspres.example/donat"}]}"""
                .formatted(story.value(), clip));
    }

    @Test
    void answersEmptyTablesWhenNoKitWasDownloaded() {
        assertThat(mvc.get().uri("/api/analytics/downloads").with(user("admin").roles("ADMIN"))).hasStatusOk()
            .bodyJson().isStrictlyEqualTo("""
                {"stories": [], "journalists": [], "outlets": [], "followedByCoverage": []}""");
    }

    @Test
    void answersAnUnreachableDatabaseWith503InTheCallersLanguage() {
        given(stats.perStory()).willThrow(new DataAccessResourceFailureException("Connection refused"));

        assertThat(mvc.get().uri("/api/analytics/downloads").with(user("budi").roles("EDITOR")))
            .hasStatus(HttpStatus.SERVICE_UNAVAILABLE).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .extractingPath("$.title").isEqualTo("Basis data tidak tersedia");
        assertThat(mvc.get().uri("/api/analytics/downloads").with(user("budi").roles("EDITOR"))
                .header("Accept-Language", "en"))
            .hasStatus(HttpStatus.SERVICE_UNAVAILABLE).bodyJson().extractingPath("$.title").isEqualTo("Database unavailable");
    }

    @Test
    void keepsTheDownloadsFromWritersJournalistsAndAnonymousCallers() {
        assertThat(mvc.get().uri("/api/analytics/downloads")).hasStatus(HttpStatus.UNAUTHORIZED)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/analytics/downloads").with(user("sari").roles("WRITER")))
            .hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/analytics/downloads").with(user("wartawan").roles("JOURNALIST")))
            .hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        verifyNoInteractions(stats);
    }
}

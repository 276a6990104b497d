package id.cerita.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import id.cerita.alumni.ExpiringConsent;
import id.cerita.common.AlumnusId;
import id.cerita.common.StoryId;
import id.cerita.coverage.PressClips;
import id.cerita.impact.ImpactFigures;
import id.cerita.impact.ImpactOverview;
import id.cerita.impact.ImpactReport;
import id.cerita.impact.ImpactReports;
import id.cerita.impact.ProvinceFigures;
import id.cerita.impact.web.ProvinceMaps;
import id.cerita.review.ChangeRequest;
import id.cerita.review.ChangeRequests;
import id.cerita.story.StoryStatus;
import id.cerita.theme.Themes;
import id.cerita.workflow.CountBar;
import id.cerita.workflow.WorkBoard;
import id.cerita.workflow.WorkBoards;
import id.cerita.workflow.WorkItem;
import id.cerita.web.PageSlice;

/**
 * The dashboard page with the work board, clips and impact services mocked: what each person has to do, the reason a
 * story came back, the figures and charts in the reader's language, editors' review list, and the newsroom only.
 */
@WebMvcTest(DashboardController.class)
@PageSlice
@Import(ProvinceMaps.class)
class DashboardControllerSliceTests {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Instant NINE_AM = Instant.parse("2026-12-09T02:00:00Z");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    WorkBoards boards;

    @MockitoBean
    ChangeRequests changeRequests;

    @MockitoBean
    Themes themes;

    @MockitoBean
    PressClips clips;

    @MockitoBean
    ImpactReports impact;

    private final StoryId returned = StoryId.random();

    private WorkBoard board(String username) {
        return new WorkBoard(username,
                List.of(item(StoryId.random(), "Draf Vita di Gorontalo", StoryStatus.DRAFT)),
                List.of(item(StoryId.random(), "Donat Hujaipah menunggu", StoryStatus.IN_REVIEW)),
                List.of(item(returned, "Yeni menyewakan papan", StoryStatus.CHANGES_REQUESTED)),
                List.of(item(StoryId.random(), "Florist Lubuklinggau terjadwal", StoryStatus.SCHEDULED)), List.of(),
                List.of(new ExpiringConsent(AlumnusId.random(), "Fitri Handayani", java.util.UUID.randomUUID(), "NAME, PRESS",
                        LocalDate.parse("2026-12-20"))),
                List.of(new CountBar("75", "Gorontalo", 4)), List.of());
    }

    private static WorkItem item(StoryId id, String title, StoryStatus status) {
        return new WorkItem(id, title, status, "sari", "sari", NINE_AM, WIB);
    }

    private void boardsFor(String username, boolean editor) {
        given(boards.of(username, editor)).willReturn(board(username));
        given(changeRequests.latest(List.of(returned))).willReturn(Map.of(returned,
                new ChangeRequest(returned, "Tambahkan kutipan langsung dari Yeni", "budi", NINE_AM)));
        given(clips.perMonth()).willReturn(List.of(new PressClips.Count("2026-06", "2026-06", 3)));
        given(themes.find(any())).willReturn(Optional.empty());
        given(impact.overview()).willReturn(new ImpactOverview(new ImpactReport(
                new ImpactFigures(12, 5, null, 2, null, null, null, null, null, null), List.of()),
                List.of(new ProvinceFigures("75", "Gorontalo", 4, 1))));
    }

    @Test
    void showsAWriterTheirDraftsTheReasonAStoryCameBackWhatIsScheduledAndEndingConsentsButNoReviewList() {
        boardsFor("sari", false);

        assertThat(mvc.get().uri("/dashboard").with(user("sari").roles("WRITER"))).hasStatusOk()
            .hasViewName("dashboard/index").bodyText()
            .contains("<h1>Yang perlu dikerjakan</h1>", "Draf Vita di Gorontalo", "Yeni menyewakan papan",
                    "dikembalikan dengan permintaan perubahan: Tambahkan kutipan langsung dari Yeni",
                    "Florist Lubuklinggau terjadwal", "Fitri Handayani", "Juni 2026")
            .doesNotContain("id=\"to-review\"", "Donat Hujaipah menunggu");
        verify(boards).of("sari", false);
    }

    @Test
    void showsAnEditorTheStoriesWaitingForTheirReview() {
        boardsFor("budi", true);

        assertThat(mvc.get().uri("/dashboard").with(user("budi").roles("EDITOR"))).hasStatusOk().bodyText()
            .contains("id=\"to-review\"", "Donat Hujaipah menunggu", "oleh sari");
        verify(boards).of("budi", true);
    }

    @Test
    void showsTheImpactFiguresWithHiddenOnesAndTheCoverageMonthsInTheReadersLanguage() {
        boardsFor("sari", false);

        assertThat(mvc.get().uri("/dashboard?lang=en").with(user("sari").roles("WRITER"))).hasStatusOk()
            .cookies().containsCookie("cerita-lang");
        assertThat(mvc.get().uri("/dashboard?lang=en").with(user("sari").roles("WRITER"))).bodyText()
            .contains("<h1>What needs doing</h1>", "returned with changes requested: Tambahkan kutipan langsung",
                    "June 2026", "See all impact figures", "<dd>12</dd>")
            .doesNotContain("Yang perlu dikerjakan", "Juni 2026");
        assertThat(mvc.get().uri("/dashboard").cookie(new Cookie("cerita-lang", "en")).with(user("sari").roles("WRITER")))
            .bodyText().contains("<h1>What needs doing</h1>", "Consents ending within 30 days");
        assertThat(mvc.get().uri("/dashboard").with(user("sari").roles("WRITER"))).bodyText()
            .contains("Lihat semua angka dampak", "<dd>12</dd>");
    }

    @Test
    void sendsAnonymousVisitorsToSignInAndKeepsJournalistsOut() {
        assertThat(mvc.get().uri("/dashboard")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
        assertThat(mvc.get().uri("/dashboard").with(user("wartawan").roles("JOURNALIST")))
            .hasStatus(HttpStatus.FORBIDDEN);
        verifyNoInteractions(boards, impact);
    }
}

package id.cerita.press.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import id.cerita.common.StoryId;
import id.cerita.consent.web.TakedownNotices;
import id.cerita.search.SearchScope;
import id.cerita.search.StoryQuery;
import id.cerita.search.StoryResults;
import id.cerita.search.StorySearch;
import id.cerita.search.web.FacetNames;
import id.cerita.story.Audience;
import id.cerita.theme.Themes;
import id.cerita.web.PageSlice;

/**
 * The journalists' press room with search mocked: the words asked reach the press-only search, the stories found
 * link to their press pages, a search outage and a takedown request are said in the reader's language, and only the
 * press room's people get in (under its own security chain).
 */
@WebMvcTest(PressRoomController.class)
@PageSlice
@Import({ PressSecurityConfiguration.class, FacetNames.class })
class PressRoomControllerSliceTests {

    private static final UserRequestPostProcessor WARTAWAN = user("wartawan").roles("JOURNALIST");
    private static final SearchScope PRESS = new SearchScope.Outside(Audience.PRESS);
    private static final Instant PUBLISHED = Instant.parse("2026-12-03T04:05:06Z");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    StorySearch search;

    @MockitoBean
    PressStoryPage pages;

    @MockitoBean
    Themes themes;

    @MockitoBean(name = "takedownNotices")
    TakedownNotices takedowns;

    private static StoryResults found() {
        return new StoryResults(1, List.of(new StoryResults.Hit(StoryId.random().toString(), "donat-hujaipah-di-jambi",
                "ID", "Donat Hujaipah di Jambi", "Hujaipah membuka usaha donat setelah pelatihan.", "Hujaipah",
                "Donat Hujaipah", "15.71", "15", List.of("Kota Jambi", "Jambi"), PUBLISHED, "PUBLISHED", null,
                List.of())), Map.of(), null, null);
    }

    @Test
    void searchesThePressStoriesForTheWordsAskedAndLinksEachToItsPressPage() throws IOException {
        given(search.search(any(), eq(PRESS), eq(true))).willReturn(found());

        assertThat(mvc.get().uri("/press?q=donat").with(WARTAWAN)).hasStatusOk().hasViewName("press/room").bodyText()
            .contains("<h1>Ruang media</h1>", "href=\"/press/stories/donat-hujaipah-di-jambi\"",
                    "Donat Hujaipah di Jambi", "Kota Jambi, Jambi", "· Hujaipah", "Kamis, 3 Desember 2026",
                    "Hujaipah membuka usaha donat setelah pelatihan.")
            .doesNotContain("Tidak ada cerita yang cocok");

        ArgumentCaptor<StoryQuery> query = ArgumentCaptor.captor();
        verify(search).search(query.capture(), eq(PRESS), eq(true));
        assertThat(query.getValue().text()).isEqualTo("donat");
    }

    @Test
    void searchesTheExactWordsWhenAskedAndSpeaksEnglishAfterTheSwitchOrWithTheCookie() throws IOException {
        given(search.search(any(), eq(PRESS), anyBoolean())).willReturn(found());

        assertThat(mvc.get().uri("/press?q=donat&exact=true&lang=en").with(WARTAWAN)).hasStatusOk().bodyText()
            .contains("<h1>Press room</h1>", "Thursday, 3 December 2026").doesNotContain("Ruang media");
        verify(search).search(any(), eq(PRESS), eq(false));
        assertThat(mvc.get().uri("/press").cookie(new Cookie("cerita-lang", "en")).with(WARTAWAN)).hasStatusOk()
            .bodyText().contains("<h1>Press room</h1>");
    }

    @Test
    void saysSearchIsUnavailableInsteadOfFailingWhenItDoesNotAnswer() throws IOException {
        given(search.search(any(), eq(PRESS), anyBoolean())).willThrow(new IOException("Connection refused"));

        assertThat(mvc.get().uri("/press?q=donat").with(WARTAWAN)).hasStatusOk().bodyText()
            .contains("Pencarian sedang tidak tersedia. Coba lagi sebentar lagi.")
            .doesNotContain("Connection refused", "Tidak ada cerita yang cocok");
        assertThat(mvc.get().uri("/press?q=donat&lang=en").with(WARTAWAN)).hasStatusOk().bodyText()
            .contains("Search is unavailable right now. Please try again shortly.");
    }

    @Test
    void saysSoWhenNothingMatchesAndAsksToTakeDownAStoryWhoseConsentWasWithdrawn() throws IOException {
        given(search.search(any(), eq(PRESS), anyBoolean())).willReturn(StoryResults.none());
        given(takedowns.forCurrentUser()).willReturn(List.of(new TakedownNotices.Notice(StoryId.random(),
                "Yeni menyewakan papan", PUBLISHED, false)));

        assertThat(mvc.get().uri("/press?q=tidak-ada").with(WARTAWAN)).hasStatusOk().bodyText()
            .contains("Tidak ada cerita yang cocok. Hapus saringan atau ubah kata pencarian.",
                    "Mohon turunkan cerita berikut", "Yeni menyewakan papan");
    }

    @Test
    void letsJournalistsAndEditorsInSendsAnonymousVisitorsToSignInAndKeepsWritersOut() throws IOException {
        assertThat(mvc.get().uri("/press")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
        assertThat(mvc.get().uri("/press").with(user("sari").roles("WRITER"))).hasStatus(HttpStatus.FORBIDDEN);
        verifyNoInteractions(search);

        given(search.search(any(), eq(PRESS), anyBoolean())).willReturn(StoryResults.none());
        assertThat(mvc.get().uri("/press").with(user("budi").roles("EDITOR"))).hasStatusOk();
    }
}

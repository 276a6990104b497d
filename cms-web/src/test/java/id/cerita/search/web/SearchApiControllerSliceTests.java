package id.cerita.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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

import id.cerita.common.StoryId;
import id.cerita.search.SearchScope;
import id.cerita.search.StoryQuery;
import id.cerita.search.StoryResults;
import id.cerita.search.StorySearch;
import id.cerita.search.StorySuggestions;
import id.cerita.search.Suggestion;
import id.cerita.story.Audience;
import id.cerita.web.ApiSlice;

/** Story search over the API: the query and scope each role searches with, the JSON, and an absent cluster as 503. */
@WebMvcTest(SearchApiController.class)
@ApiSlice
class SearchApiControllerSliceTests {

    private static final UserRequestPostProcessor SARI = user("sari").roles("WRITER");
    private static final SearchScope PRESS = new SearchScope.Outside(Audience.PRESS);

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    StorySearch search;

    @MockitoBean
    StorySuggestions suggestions;

    @Test
    void searchesWithTheFiltersOfTheQueryStringForTheReadersLanguageAndAnswersHitsAndFacets() throws IOException {
        StoryId story = StoryId.random();
        given(search.search(any(), any(), anyBoolean())).willReturn(new StoryResults(1, List.of(hit(story)),
                Map.of("province", List.of(new StoryResults.Facet("15", "Jambi", 1))), null, null));

        assertThat(mvc.get().uri("/api/search/stories?q=donat&province=75&province=15&theme=kuliner&cohort=7"
                + "&language=id&sort=newest&size=5").with(SARI).header("Accept-Language", "en"))
            .hasStatusOk().hasContentType(MediaType.APPLICATION_JSON).bodyJson().isLenientlyEqualTo("""
                {"total": 1, "counted": 1, "didYouMean": null, "next": null, "correctedFrom": null,
                 "hits": [{"storyId": "%s", "slug": "donat-hujaipah-di-jambi", "language": "id",
                           "title": "Donat Hujaipah di Jambi", "provinceCode": "15", "publishedAt": "2026-12-01T02:00:00Z",
                           "highlightedTitle": "<mark>Donat</mark> Hujaipah di Jambi"}],
                 "facets": {"province": [{"value": "15", "label": "Jambi", "count": 1}]}}""".formatted(story));

        ArgumentCaptor<StoryQuery> query = ArgumentCaptor.captor();
        verify(search).search(query.capture(), eq(new SearchScope.Staff("sari", false)), eq(true));
        assertThat(query.getValue()).isEqualTo(new StoryQuery("donat", List.of("75", "15"), null, List.of("kuliner"),
                null, null, List.of(7), null, false, false, "id", null, StoryQuery.Sort.NEWEST, null, 5, "en"));
    }

    @Test
    void searchesAsThePressForJournalistsAndForStaffWhoAskAndEveryWorkingCopyForEditors() throws IOException {
        given(search.search(any(), any(), anyBoolean())).willReturn(StoryResults.none());

        assertThat(mvc.get().uri("/api/search/stories?q=donat&scope=staff").with(user("wartawan").roles("JOURNALIST")))
            .hasStatusOk();
        verify(search).search(any(), eq(PRESS), eq(true));
        assertThat(mvc.get().uri("/api/search/stories?q=donat&scope=press").with(SARI)).hasStatusOk();
        verify(search, times(2)).search(any(), eq(PRESS), eq(true));
        assertThat(mvc.get().uri("/api/search/stories?q=donut&exact=true").with(user("budi").roles("EDITOR")))
            .as("the words as typed, not respelled").hasStatusOk();
        verify(search).search(any(), eq(new SearchScope.Staff("budi", true)), eq(false));
    }

    @Test
    void suggestsWhatStartsWithTheWordsTypedWithinTheCallersScope() throws IOException {
        StoryId story = StoryId.random();
        given(suggestions.suggest("don", PRESS)).willReturn(List.of(new Suggestion("Donat Hujaipah di Jambi",
                Suggestion.Kind.TITLE, story.toString())));

        assertThat(mvc.get().uri("/api/search/suggest?q=don").with(user("wartawan").roles("JOURNALIST"))).hasStatusOk()
            .bodyJson().isStrictlyEqualTo("""
                [{"text": "Donat Hujaipah di Jambi", "kind": "TITLE", "storyId": "%s"}]""".formatted(story));
    }

    @Test
    void findsRelatedStoriesWithTheSizeKeptBetweenOneAndTwenty() throws IOException {
        StoryId story = StoryId.random();
        StoryId related = StoryId.random();
        given(suggestions.related(story.toString(), new SearchScope.Staff("sari", false), 20))
            .willReturn(List.of(hit(related)));

        assertThat(mvc.get().uri("/api/search/stories/{id}/related?size=50", story).with(SARI)).hasStatusOk()
            .bodyJson().isLenientlyEqualTo("""
                [{"storyId": "%s", "title": "Donat Hujaipah di Jambi"}]""".formatted(related));
        assertThat(mvc.get().uri("/api/search/stories/{id}/related?size=0&scope=press", story).with(SARI))
            .hasStatusOk();
        verify(suggestions).related(story.toString(), PRESS, 1);
    }

    @Test
    void answersAClusterThatDoesNotAnswerWith503AndRetryAfterInTheCallersLanguage() throws IOException {
        given(search.search(any(), any(), anyBoolean())).willThrow(new IOException("Connection refused"));
        given(suggestions.suggest(any(), any())).willThrow(new IOException("Connection refused"));

        assertThat(mvc.get().uri("/api/search/stories?q=donat").with(SARI)).hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).hasHeader(HttpHeaders.RETRY_AFTER, "30").bodyJson()
            .isLenientlyEqualTo("""
                {"type": "https://cerita.id/problems/search-unavailable", "title": "Pencarian tidak tersedia",
                 "detail": "Pencarian sedang tidak tersedia. Coba lagi sebentar lagi.", "retryAfterSeconds": 30}""");
        assertThat(mvc.get().uri("/api/search/suggest?q=don").with(SARI).header("Accept-Language", "en"))
            .hasStatus(HttpStatus.SERVICE_UNAVAILABLE).hasHeader(HttpHeaders.RETRY_AFTER, "30").bodyJson()
            .isLenientlyEqualTo("""
                {"title": "Search unavailable", "detail": "Search is unavailable right now. Please try again shortly."}""");
    }

    @Test
    void answersAMalformedParameterWith400NamingIt() {
        assertThat(mvc.get().uri("/api/search/stories?q=donat&exact=maybe").with(SARI))
            .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.type", type -> assertThat(type).asString().endsWith("/invalid-parameter"))
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("exact"));
        assertThat(mvc.get().uri("/api/search/stories/{id}/related?size=lima", StoryId.random()).with(SARI))
            .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("size"));
        assertThat(mvc.get().uri("/api/search/stories?size=abc").header("Accept-Language", "en").with(SARI))
            .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("size"))
            .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).isEqualTo("must be a number."));
        verifyNoInteractions(search, suggestions);
    }

    @Test
    void answersOnlySignedInCallers() {
        assertThat(mvc.get().uri("/api/search/stories?q=donat")).hasStatus(HttpStatus.UNAUTHORIZED)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
            .headers().hasValue(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Cerita\"");
        assertThat(mvc.get().uri("/api/search/suggest?q=don")).hasStatus(HttpStatus.UNAUTHORIZED);
        verifyNoInteractions(search, suggestions);
    }

    private static StoryResults.Hit hit(StoryId story) {
        return new StoryResults.Hit(story.toString(), "donat-hujaipah-di-jambi", "id", "Donat Hujaipah di Jambi",
                "Ringkasan", "Hujaipah", "Donat Hujaipah", "15.71", "15", List.of("Kota Jambi", "Jambi"),
                Instant.parse("2026-12-01T02:00:00Z"), "PUBLISHED", "<mark>Donat</mark> Hujaipah di Jambi", List.of());
    }
}

package id.cerita.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriComponentsBuilder;

import id.cerita.search.StoryResults;
import id.cerita.search.StoryResults.Facet;

class SearchFiltersTests {

    private static StoryResults results(Map<String, List<Facet>> facets) {
        return new StoryResults(3, List.of(), facets, null, null);
    }

    private static StorySearchParameters params(String language) {
        return new StorySearchParameters("donat", null, null, null, null, null, null, null, null, null, "id",
                language, null, null, null, null, null);
    }

    @Test
    void offersTheStoriesLanguageAsAFilterThatReplacesTheOtherLanguage() {
        SearchLinks links = new SearchLinks(UriComponentsBuilder.fromUriString("/press?q=donat&language=id"));
        SearchFilters filters = SearchFilters.of(params("id"), results(Map.of("language",
                List.of(new Facet("id", "Bahasa Indonesia", 2), new Facet("en", "English", 1)))), links);

        SearchFilters.Group language = filters.groups().stream().filter(g -> g.name().equals("language")).findFirst()
            .orElseThrow();
        assertThat(language.options()).extracting(SearchFilters.Option::href)
            .containsExactly("/press?q=donat", "/press?q=donat&language=en");
        assertThat(filters.chosen()).extracting(SearchFilters.Chosen::label).containsExactly("Bahasa Indonesia");
    }

    @Test
    void readsThePagesLanguageFilterAsTheQuerysLanguageAndTheApisLangOtherwise() {
        assertThat(params("en").toQuery().language()).isEqualTo("en");
        assertThat(params(null).toQuery().language()).isEqualTo("id");
        assertThat(params("en").withoutStoryLanguage().toQuery().language()).isEqualTo("en");
        assertThat(params(null).withoutStoryLanguage().toQuery().language()).isNull();
    }
}

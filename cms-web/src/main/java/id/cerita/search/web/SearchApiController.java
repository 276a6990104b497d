package id.cerita.search.web;

import java.io.IOException;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.cerita.search.StoryResults;
import id.cerita.search.StorySearch;
import id.cerita.search.StorySuggestions;
import id.cerita.search.Suggestion;
import id.cerita.web.ApiController;

/**
 * Story search as JSON: {@code GET /api/search/stories} (full text, filters, facets, highlights, cursor paging),
 * ({@code exact=true}: no respelling of a query that finds next to nothing), {@code GET /api/search/suggest?q=}
 * (autocomplete) and {@code GET /api/search/stories/{id}/related}.
 * Journalists only ever find published, consented stories; staff find working copies as their role allows.
 */
@ApiController
@RequestMapping("/api/search")
class SearchApiController {

    private final StorySearch search;
    private final StorySuggestions suggestions;

    SearchApiController(StorySearch search, StorySuggestions suggestions) {
        this.search = search;
        this.suggestions = suggestions;
    }

    @GetMapping("/stories")
    StoryResults stories(StorySearchParameters parameters, @RequestParam(defaultValue = "false") boolean exact,
            Authentication user) throws IOException {
        // a query that finds next to nothing answers for its confident respelling, "correctedFrom" says so;
        // exact=true searches the words as typed
        return search.search(parameters.toQuery(), SearchScopes.of(user, parameters.scope()), !exact);
    }

    @GetMapping("/suggest")
    List<Suggestion> suggest(@RequestParam(name = "q", required = false) String typed,
            @RequestParam(required = false) String scope, Authentication user) throws IOException {
        return suggestions.suggest(typed, SearchScopes.of(user, scope));
    }

    @GetMapping("/stories/{id}/related")
    List<StoryResults.Hit> related(@PathVariable String id, @RequestParam(required = false) String scope,
            @RequestParam(defaultValue = "5") int size, Authentication user) throws IOException {
        return suggestions.related(id, SearchScopes.of(user, scope), Math.clamp(size, 1, 20));
    }
}

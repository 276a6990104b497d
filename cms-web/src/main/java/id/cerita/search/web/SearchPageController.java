package id.cerita.search.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import id.cerita.search.SearchScope;
import id.cerita.search.StoryResults;
import id.cerita.search.StorySearch;
import id.cerita.search.StorySuggestions;
import id.cerita.search.Suggestion;
import id.cerita.user.Capability;
import id.cerita.web.Capabilities;

/**
 * The newsroom's search page (journalists search in the press room, with the same fragments): one column on a phone,
 * no script needed except autocomplete.
 */
@Controller
class SearchPageController {

    private static final Logger log = LoggerFactory.getLogger(SearchPageController.class);

    private final StorySearch search;
    private final FacetNames names;
    private final StorySuggestions suggestions;

    SearchPageController(StorySearch search, StorySuggestions suggestions, FacetNames names) {
        this.search = search;
        this.suggestions = suggestions;
        this.names = names;
    }

    @GetMapping("/search")
    String search(StorySearchParameters parameters, @RequestParam(defaultValue = "false") boolean exact,
            Authentication user, Locale locale, Model model) throws IOException {
        StorySearchParameters asked = parameters.withoutStoryLanguage();
        SearchScope scope = SearchScopes.of(user, asked.scope());
        model.addAttribute("params", asked);
        StoryResults results;
        try {
            results = search.search(asked.toQuery(locale), scope, !exact);
        } catch (IOException | RuntimeException e) {
            // the search cluster is away: say so on the page, as the press room does; editing goes on
            log.warn("Staff search failed: {}", e.toString());
            results = StoryResults.none();
            model.addAttribute("searchFailed", true);
        }
        model.addAttribute("results", results);
        SearchLinks links = SearchLinks.ofCurrentRequest();
        model.addAttribute("links", links);
        model.addAttribute("filters", SearchFilters.of(asked, names.localized(results, locale), links));
        // a hit opens where this person reads it: the press page of a published story, else the newsroom's editor
        boolean press = scope instanceof SearchScope.Outside && Capabilities.has(user, Capability.USE_PRESS_ROOM);
        model.addAttribute("hitsTo", press ? "press" : "newsroom");
        return "search/index";
    }

    /** Autocomplete for the page (session-authenticated, unlike the stateless /api). */
    @GetMapping("/search/suggest")
    @ResponseBody
    List<Suggestion> suggest(@RequestParam(name = "q", required = false) String typed,
            @RequestParam(required = false) String scope, Authentication user) throws IOException {
        return suggestions.suggest(typed, SearchScopes.of(user, scope));
    }
}

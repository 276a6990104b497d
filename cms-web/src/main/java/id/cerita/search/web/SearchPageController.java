package id.cerita.search.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import id.cerita.search.StoryResults;
import id.cerita.search.StorySearch;
import id.cerita.search.StorySuggestions;
import id.cerita.search.Suggestion;

/** The search page for journalists and staff: one column, works on a phone, no script needed except autocomplete. */
@Controller
class SearchPageController {

    private static final Map<String, String> FACET_NAMES = Map.of("province", "Provinsi", "regency",
            "Kabupaten/kota", "theme", "Tema", "course", "Pelatihan", "provider", "Lembaga pelatihan", "cohort",
            "Gelombang", "year", "Tahun", "outcome", "Hasil", "language", "Bahasa");

    private final StorySearch search;
    private final StorySuggestions suggestions;

    SearchPageController(StorySearch search, StorySuggestions suggestions) {
        this.search = search;
        this.suggestions = suggestions;
    }

    @GetMapping("/search")
    String search(StorySearchParameters parameters, Authentication user, Model model) throws IOException {
        StoryResults results = search.search(parameters.toQuery(), SearchScopes.of(user, parameters.scope()));
        model.addAttribute("params", parameters);
        model.addAttribute("results", results);
        model.addAttribute("links", new SearchLinks(ServletUriComponentsBuilder.fromCurrentRequest()));
        model.addAttribute("facetNames", FACET_NAMES);
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

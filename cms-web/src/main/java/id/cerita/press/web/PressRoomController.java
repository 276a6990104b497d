package id.cerita.press.web;

import java.io.IOException;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.cerita.search.SearchScope;
import id.cerita.search.StoryResults;
import id.cerita.search.StorySearch;
import id.cerita.search.web.FacetNames;
import id.cerita.search.web.SearchFilters;
import id.cerita.search.web.SearchLinks;
import id.cerita.search.web.StorySearchParameters;
import id.cerita.story.Audience;

/**
 * The press room, the journalists' home: search over the stories the press may see, with every filter and its
 * count (province then regency, theme, course, provider, gelombang, year, 3T), each hit linking to its press page.
 */
@Controller
@PreAuthorize("@capability.granted(authentication, 'USE_PRESS_ROOM')")
class PressRoomController {

    private static final Logger log = LoggerFactory.getLogger(PressRoomController.class);
    private static final SearchScope PRESS = new SearchScope.Outside(Audience.PRESS);

    private final StorySearch search;
    private final FacetNames names;
    private final PressStoryPage pages;

    PressRoomController(StorySearch search, FacetNames names, PressStoryPage pages) {
        this.search = search;
        this.names = names;
        this.pages = pages;
    }

    @GetMapping("/press")
    String pressRoom(StorySearchParameters parameters, @RequestParam(defaultValue = "false") boolean exact,
            Locale locale, Model model) {
        StorySearchParameters asked = parameters.withoutStoryLanguage();
        StoryResults results;
        try {
            results = search.search(asked.toQuery(locale), PRESS, !exact);
        } catch (IOException | RuntimeException e) {
            log.warn("Press room search failed: {}", e.toString());
            results = StoryResults.none();
            model.addAttribute("searchFailed", true);
        }
        model.addAttribute("params", asked);
        model.addAttribute("results", results);
        model.addAttribute("leadPhotos", pages.leadPhotos(results.hits()));
        SearchLinks links = SearchLinks.ofCurrentRequest();
        model.addAttribute("links", links);
        model.addAttribute("filters", SearchFilters.of(asked, names.localized(results, locale), links));
        model.addAttribute("hitsTo", "press");
        return "press/room";
    }
}

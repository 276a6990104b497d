package id.cerita.search.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import id.cerita.search.StoryResults;
import id.cerita.search.StorySearch;
import id.cerita.search.StorySuggestions;
import id.cerita.search.Suggestion;
import id.cerita.web.ApiController;
import id.cerita.web.Problems;
import id.cerita.web.UserMessages;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Story search as JSON: {@code GET /api/search/stories} (full text, filters, facets, highlights, cursor paging),
 * ({@code exact=true}: no respelling of a query that finds next to nothing), {@code GET /api/search/suggest?q=}
 * (autocomplete) and {@code GET /api/search/stories/{id}/related}.
 * Journalists only ever find published, consented stories; staff find working copies as their role allows.
 */
@ApiController
@RequestMapping("/api/search")
class SearchApiController {

    private static final Logger log = LoggerFactory.getLogger(SearchApiController.class);
    // the readiness check and the index queue retry about this often
    private static final long RETRY_AFTER_SECONDS = 30;

    private final StorySearch search;
    private final StorySuggestions suggestions;
    private final MessageSource messages;

    SearchApiController(StorySearch search, StorySuggestions suggestions, MessageSource messages) {
        this.search = search;
        this.suggestions = suggestions;
        this.messages = messages;
    }

    @GetMapping("/stories")
    StoryResults stories(StorySearchParameters parameters, @RequestParam(defaultValue = "false") boolean exact,
            Authentication user, HttpServletRequest request) throws IOException {
        // a query that finds next to nothing answers for its confident respelling, "correctedFrom" says so;
        // exact=true searches the words as typed; of a story and its translation, Accept-Language's comes first
        return search.search(parameters.toQuery(UserMessages.apiLocale(request)),
                SearchScopes.of(user, parameters.scope()), !exact);
    }

    @GetMapping("/suggest")
    List<Suggestion> suggest(@RequestParam(name = "q", required = false) String typed,
            @RequestParam(required = false) String scope, Authentication user) throws IOException {
        return suggestions.suggest(typed, SearchScopes.of(user, scope));
    }

    /**
     * The search cluster does not answer (or answers with a server error): 503 with Retry-After, in the caller's
     * language, rather than a 500; nothing was lost, the index catches up when the cluster is back.
     */
    @ExceptionHandler({ IOException.class, ElasticsearchException.class, TransportException.class })
    ResponseEntity<ProblemDetail> unavailable(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof ElasticsearchException refused && refused.status() < 500 && refused.status() != 404) {
            throw e; // a request the cluster refused is this application's error, not an outage
        }
        log.warn("Search API failed: {}", e.toString());
        Locale locale = UserMessages.apiLocale(request);
        return Problems.retryLater("search-unavailable", messages.getMessage("ops.search.unavailable", null, locale),
                messages.getMessage("pressroom.search.failed", null, locale), RETRY_AFTER_SECONDS);
    }

    @GetMapping("/stories/{id}/related")
    List<StoryResults.Hit> related(@PathVariable String id, @RequestParam(required = false) String scope,
            @RequestParam(defaultValue = "5") int size, Authentication user) throws IOException {
        return suggestions.related(id, SearchScopes.of(user, scope), Math.clamp(size, 1, 20));
    }
}

package id.cerita.search;

import java.util.List;
import java.util.Locale;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import co.elastic.clients.elasticsearch.core.search.TermSuggestOption;

/** "Did you mean": the query with each word the term suggester knows a more frequent spelling of replaced. */
final class DidYouMean {

    private DidYouMean() {
    }

    static String from(SearchResponse<?> response, String text) {
        return from(response, text, word -> false);
    }

    /** As {@link #from(SearchResponse, String)}, leaving the words {@code keep} accepts as typed. */
    static String from(SearchResponse<?> response, String text, java.util.function.Predicate<String> keep) {
        List<Suggestion<?>> suggestions = List.copyOf(response.suggest().getOrDefault("spelling", List.of()));
        if (suggestions.isEmpty()) {
            return null;
        }
        StringBuilder corrected = new StringBuilder(text);
        boolean changed = false;
        for (int i = suggestions.size() - 1; i >= 0; i--) {
            var term = suggestions.get(i).term();
            List<TermSuggestOption> options = term.options();
            if (options.isEmpty()) {
                continue;
            }
            int from = term.offset();
            int to = from + term.length();
            String replacement = options.getFirst().text();
            if (to <= corrected.length() && !keep.test(corrected.substring(from, to))
                    && !corrected.substring(from, to).toLowerCase(Locale.ROOT).equals(replacement)) {
                corrected.replace(from, to, replacement);
                changed = true;
            }
        }
        return changed ? corrected.toString() : null;
    }
}

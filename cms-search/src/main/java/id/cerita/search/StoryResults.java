package id.cerita.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One page of search results.
 *
 * @param total how many stories match (exact up to 10,000)
 * @param facets counts per filter value: province, regency (when a province is chosen), theme, course, provider,
 *        cohort, year, outcome, tertinggal, outermost
 * @param counted how many of the matching stories the facets count: all of them ({@code total}), except for a query
 *        with words that matches more than {@link StorySearch#COUNTED}, whose facets count its best matches only
 * @param didYouMean a respelling of the text that would find more, or null
 * @param next cursor for the next page ({@code search_after}), or null on the last page
 * @param correctedFrom the words as typed when these are the results for the respelling {@code didYouMean} instead
 *        (the typed words found nothing or next to nothing); null when the results are for the words as typed
 */
public record StoryResults(long total, List<Hit> hits, Map<String, List<Facet>> facets, long counted,
        String didYouMean, String next, String correctedFrom) {

    public StoryResults(long total, List<Hit> hits, Map<String, List<Facet>> facets, String didYouMean, String next) {
        this(total, hits, facets, total, didYouMean, next, null);
    }

    /** Whether the facets count only the best matches, not every matching story. */
    public boolean facetsSampled() {
        return counted < total;
    }

    /** No results at all: what a page shows beside its notice when search does not answer. */
    public static StoryResults none() {
        return new StoryResults(0, List.of(), Map.of(), null, null);
    }

    /**
     * A story found. {@code highlightedTitle} (null if the title did not match) and {@code highlights} are
     * HTML-escaped, with the matched words in {@code <mark>}.
     */
    public record Hit(String storyId, String slug, String language, String title, String summary, String personName,
            String business, String regencyCode, String provinceCode, List<String> places, Instant publishedAt,
            String status, String highlightedTitle, List<String> highlights) {
    }

    /** A filter value with the number of matching stories and a label for people. */
    public record Facet(String value, String label, long count) {
    }
}

package id.cerita.search.web;

import java.util.List;

import id.cerita.search.StoryQuery;
import id.cerita.story.Language;

/**
 * The query string of a story search, shared by the JSON API and the search page.
 *
 * @param q words to search for
 * @param province province codes, e.g. {@code 75}
 * @param regency regency or city codes, e.g. {@code 75.71}
 * @param theme theme codes
 * @param course course ids
 * @param provider provider ids
 * @param cohort gelombang numbers
 * @param year publication years
 * @param tertinggal only daerah tertinggal
 * @param outermost only regencies with outermost small islands
 * @param lang {@code id} or {@code en}: the stories' language in the API (on the pages it is the interface's)
 * @param language the stories' language, {@code id} or {@code en}, on the pages and in the API
 * @param outcome outcome kinds
 * @param sort {@code relevance} (default) or {@code newest}
 * @param after cursor from the previous page's {@code next}
 * @param size hits per page (at most 50)
 * @param scope {@code press} to search as journalists do; staff search the newsroom by default
 */
public record StorySearchParameters(String q, List<String> province, List<String> regency, List<String> theme,
        List<String> course, List<String> provider, List<Integer> cohort, List<Integer> year, Boolean tertinggal,
        Boolean outermost, String lang, String language, List<String> outcome, String sort, String after, Integer size,
        String scope) {

    /** On the pages {@code lang} is the header's language switch (the interface's language), not a story filter. */
    public StorySearchParameters withoutStoryLanguage() {
        return new StorySearchParameters(q, province, regency, theme, course, provider, cohort, year, tertinggal,
                outermost, null, language, outcome, sort, after, size, scope);
    }

    /** The search for a person reading in {@code reader}'s language: Indonesian unless English. */
    public StoryQuery toQuery(java.util.Locale reader) {
        return toQuery().readBy(Language.readerOf(reader).code());
    }

    public StoryQuery toQuery() {
        return new StoryQuery(q, province, regency, theme, course, provider, cohort, year,
                Boolean.TRUE.equals(tertinggal), Boolean.TRUE.equals(outermost), language != null ? language : lang,
                outcome,
                "newest".equalsIgnoreCase(sort) ? StoryQuery.Sort.NEWEST : StoryQuery.Sort.RELEVANCE, after,
                size == null ? 10 : size);
    }
}

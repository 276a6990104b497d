package id.cerita.search;

import java.util.List;

/**
 * A search for stories: free text plus filters, all optional. Within a filter values are alternatives (OR); filters
 * combine with AND.
 *
 * @param text words as a journalist types them ("usaha kue Gorontalo"); blank = every story
 * @param provinces Kemendagri province codes ("75")
 * @param regencies regency or city codes ("75.71")
 * @param themes theme codes; a broad theme matches its narrower themes too
 * @param courses course ids
 * @param providers training provider ids
 * @param cohorts gelombang numbers
 * @param years years of first publication
 * @param tertinggal only stories from daerah tertinggal
 * @param outermost only stories from regencies with outermost small islands
 * @param language "id" or "en"
 * @param outcomes outcome kinds (BUSINESS_OPENED, JOB_OBTAINED, EMPLOYEES_HIRED, …)
 * @param sort by relevance or newest first
 * @param after the cursor of the previous page ({@link StoryResults#next()}); null for the first page
 * @param size hits per page, 1 to 50
 * @param readerLanguage the language the person searching reads ("id" or "en"), or null: of two stories that match
 *        about as well (a story and its translation), the one in this language comes first
 */
public record StoryQuery(String text, List<String> provinces, List<String> regencies, List<String> themes,
        List<String> courses, List<String> providers, List<Integer> cohorts, List<Integer> years, boolean tertinggal,
        boolean outermost, String language, List<String> outcomes, Sort sort, String after, int size,
        String readerLanguage) {

    public static final int MAX_SIZE = 50;

    public StoryQuery {
        provinces = provinces == null ? List.of() : List.copyOf(provinces);
        regencies = regencies == null ? List.of() : List.copyOf(regencies);
        themes = themes == null ? List.of() : List.copyOf(themes);
        courses = courses == null ? List.of() : List.copyOf(courses);
        providers = providers == null ? List.of() : List.copyOf(providers);
        cohorts = cohorts == null ? List.of() : List.copyOf(cohorts);
        years = years == null ? List.of() : List.copyOf(years);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        sort = sort == null ? Sort.RELEVANCE : sort;
        size = size <= 0 ? 10 : Math.min(size, MAX_SIZE);
    }

    public StoryQuery(String text, List<String> provinces, List<String> regencies, List<String> themes,
            List<String> courses, List<String> providers, List<Integer> cohorts, List<Integer> years,
            boolean tertinggal, boolean outermost, String language, List<String> outcomes, Sort sort, String after,
            int size) {
        this(text, provinces, regencies, themes, courses, providers, cohorts, years, tertinggal, outermost, language,
                outcomes, sort, after, size, null);
    }

    public static StoryQuery text(String text) {
        return new StoryQuery(text, null, null, null, null, null, null, null, false, false, null, null, null, null, 10);
    }

    public StoryQuery withAfter(String cursor) {
        return new StoryQuery(text, provinces, regencies, themes, courses, providers, cohorts, years, tertinggal,
                outermost, language, outcomes, sort, cursor, size, readerLanguage);
    }

    public StoryQuery withText(String words) {
        return new StoryQuery(words, provinces, regencies, themes, courses, providers, cohorts, years, tertinggal,
                outermost, language, outcomes, sort, after, size, readerLanguage);
    }

    /** The same search for a person who reads {@code language} ("id" or "en"). */
    public StoryQuery readBy(String language) {
        return new StoryQuery(text, provinces, regencies, themes, courses, providers, cohorts, years, tertinggal,
                outermost, this.language, outcomes, sort, after, size, language);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    /** How results are ordered. */
    public enum Sort {
        RELEVANCE, NEWEST
    }
}

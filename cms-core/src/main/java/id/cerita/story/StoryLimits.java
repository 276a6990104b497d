package id.cerita.story;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The most a story may hold, field by field and list by list: enforced by the constraints on {@link StoryContent}
 * and its parts (a field error names the field), shown by the editor as {@code maxlength}, documented in the API.
 * Together they keep a story well under a megabyte (the body dominates).
 */
public final class StoryLimits {

    public static final int TITLE = 200;
    public static final int SLUG = 80;
    public static final int SUMMARY = 600;
    public static final int BODY = 100_000;
    public static final int CODE = 40;
    public static final int COURSES = 20;
    public static final int THEMES = 20;
    public static final int QUOTES = 30;
    public static final int QUOTE_TEXT = 2000;
    public static final int SPEAKER = 200;
    public static final int OUTCOMES = 30;
    public static final int OUTCOME_DESCRIPTION = 1000;
    public static final int OUTCOME_SOURCE = 500;
    public static final int OUTCOME_FORMERLY = 200;
    public static final int SOURCES = 50;
    public static final int SOURCE_OUTLET = 200;
    public static final int SOURCE_TITLE = 500;
    public static final int SOURCE_URL = 1000;
    /** Images in a story's gallery (the lead image aside). */
    public static final int GALLERY = 40;

    private StoryLimits() {
    }

    /** Every maximum by name ({@code title}, {@code quotes}, {@code quoteText}, …), for forms and the API docs. */
    public static Map<String, Integer> all() {
        Map<String, Integer> all = new LinkedHashMap<>();
        all.put("title", TITLE);
        all.put("slug", SLUG);
        all.put("summary", SUMMARY);
        all.put("body", BODY);
        all.put("code", CODE);
        all.put("courses", COURSES);
        all.put("themes", THEMES);
        all.put("quotes", QUOTES);
        all.put("quoteText", QUOTE_TEXT);
        all.put("speaker", SPEAKER);
        all.put("outcomes", OUTCOMES);
        all.put("outcomeDescription", OUTCOME_DESCRIPTION);
        all.put("outcomeSource", OUTCOME_SOURCE);
        all.put("outcomeFormerly", OUTCOME_FORMERLY);
        all.put("sources", SOURCES);
        all.put("sourceOutlet", SOURCE_OUTLET);
        all.put("sourceTitle", SOURCE_TITLE);
        all.put("sourceUrl", SOURCE_URL);
        all.put("gallery", GALLERY);
        return Map.copyOf(all);
    }
}

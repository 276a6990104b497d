package id.cerita.search;

import java.time.Instant;
import java.util.List;

/**
 * The fields of a {@link StoryDocument} a hit shows, as a search fetches them ({@link StorySearch#SOURCE}). Read into
 * this record rather than the whole document: binding a response's 20 sources to the 35-part document record (22 of
 * them absent every time) was a fifth of the client's work per query in a profile of the search benchmark.
 */
record ShownFields(String storyId, String slug, String language, String translationKey, String title,
        String summary, String personName, String business, String regencyCode, String provinceCode,
        List<String> places, Instant publishedAt, String status) {
}

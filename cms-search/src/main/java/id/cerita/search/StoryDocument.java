package id.cerita.search;

import java.time.Instant;
import java.util.List;

/**
 * What the index holds for a story, field for field as {@code search/stories-index.json} maps it (snake_case in
 * JSON). Each story has up to two documents: its {@link Variant#PUBLISHED} text, which only audiences it may be shown
 * to find, and its {@link Variant#WORKING} copy, which only staff find.
 *
 * @param audiences who may find this document: {@code PRESS}, {@code PUBLIC_SITE} (published variant) or
 *        {@code STAFF} (working variant)
 * @param places the regency or city and its province, as people write them ("Kota Gorontalo", "Gorontalo")
 * @param themeCodes the story's themes and their parent themes
 * @param embargoUntil not before this instant (null: no embargo)
 */
public record StoryDocument(String id, String storyId, Variant variant, List<String> audiences, String slug,
        String language, String translationKey, String title, String summary, String body, String status,
        boolean live, Instant publishedAt, Instant updatedAt, Instant embargoUntil, Integer year, String author,
        String personName, String business, String occupation, Integer cohort, String provinceCode,
        String regencyCode, List<String> places, boolean tertinggal, boolean outermost, List<String> themeCodes,
        List<String> themes, List<String> courseIds, List<String> courses, List<String> providerIds,
        List<String> providers, List<String> outcomes, String gathering, String alumnusId) {

    /** Which text of a story a document holds. */
    public enum Variant {
        /** The published revision, as the public and the press may see it. */
        PUBLISHED,
        /** The working copy, as staff see it. */
        WORKING;

        public String documentId(String storyId) {
            return this == PUBLISHED ? storyId : storyId + "~working";
        }
    }
}

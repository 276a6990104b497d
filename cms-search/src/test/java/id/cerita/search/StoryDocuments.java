package id.cerita.search;

import java.time.Instant;
import java.util.List;

import id.cerita.search.StoryDocument.Variant;

/** Search documents for index-level tests, with plain defaults: a published Indonesian story in Kota Gorontalo. */
final class StoryDocuments {

    private StoryDocuments() {
    }

    static Builder story(String storyId) {
        return new Builder(storyId);
    }

    static final class Builder {
        private final String storyId;
        private String language = "id";
        private String title = "Cerita " ;
        private String summary = "";
        private String body = "";
        private String personName = "Siti Aminah";
        private String business;
        private String provinceCode = "75";
        private String regencyCode = "75.71";
        private List<String> places = List.of("Kota Gorontalo", "Gorontalo");
        private boolean tertinggal;
        private List<String> themeCodes = List.of("kuliner");
        private List<String> courseIds = List.of();
        private List<String> courses = List.of();
        private int year = 2024;
        private List<String> audiences = List.of("PRESS", "PUBLIC_SITE");
        private Instant embargoUntil;
        private StoryDocument.Variant variant = Variant.PUBLISHED;
        private String author = "penulis";
        private int cohort = 3;
        private String translationKey;

        Builder(String storyId) {
            this.storyId = storyId;
            this.title = "Cerita " + storyId;
        }

        Builder english() { this.language = "en"; return this; }
        /** A translation: the same translation key as {@code original}'s. */
        Builder translationOf(String original) { this.translationKey = original; return this; }
        Builder title(String value) { this.title = value; return this; }
        Builder summary(String value) { this.summary = value; return this; }
        Builder body(String value) { this.body = value; return this; }
        Builder person(String value) { this.personName = value; return this; }
        Builder business(String value) { this.business = value; return this; }
        Builder tertinggal() { this.tertinggal = true; return this; }
        Builder themes(String... codes) { this.themeCodes = List.of(codes); return this; }
        Builder course(String id, String name) { this.courseIds = List.of(id); this.courses = List.of(name); return this; }
        Builder year(int value) { this.year = value; return this; }
        Builder audiences(String... values) { this.audiences = List.of(values); return this; }
        Builder embargoUntil(Instant value) { this.embargoUntil = value; return this; }
        Builder workingCopyBy(String writer) {
            this.variant = Variant.WORKING; this.author = writer; this.audiences = List.of("STAFF"); return this;
        }
        Builder cohort(int value) { this.cohort = value; return this; }

        Builder place(String regency, String regencyName, String provinceName) {
            this.regencyCode = regency;
            this.provinceCode = regency.substring(0, 2);
            this.places = List.of(regencyName, provinceName);
            return this;
        }

        StoryDocument build() {
            Instant published = Instant.parse(year + "-06-05T03:00:00Z");
            return new StoryDocument(variant.documentId(storyId), storyId, variant, audiences, "cerita-" + storyId,
                    language, translationKey == null ? storyId : translationKey, title, summary, body, variant == Variant.WORKING ? "DRAFT" : "PUBLISHED",
                    variant == Variant.PUBLISHED, published, published, embargoUntil, year, author, personName,
                    business, null, cohort, provinceCode, regencyCode, places, tertinggal, false,
                    themeCodes, List.of(), courseIds, courses, List.of(), List.of(), List.of("BUSINESS_OPENED"), null, null);
        }
    }
}

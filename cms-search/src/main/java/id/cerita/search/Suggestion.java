package id.cerita.search;

/** An autocomplete entry: a title, person, business or place that starts with what was typed. */
public record Suggestion(String text, Kind kind, String storyId) {

    public enum Kind {
        TITLE, PERSON, BUSINESS, PLACE
    }
}

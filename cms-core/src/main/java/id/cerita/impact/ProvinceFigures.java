package id.cerita.impact;

/** One of the 38 provinces with its published stories (a story and its translations count once) and press clips. */
public record ProvinceFigures(String code, String name, long stories, long clips) {
}

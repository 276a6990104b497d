package id.cerita.story;

/**
 * What an editor narrows the story list by; every field optional. {@code regionCode} is a province ("75") or a
 * regency/city ("75.71"); {@code themeCode} matches the theme and its narrower themes.
 */
public record StoryFilter(StoryStatus status, String regionCode, String themeCode, Language language, String author,
        String text) {

    public static StoryFilter none() {
        return new StoryFilter(null, null, null, null, null, null);
    }
}

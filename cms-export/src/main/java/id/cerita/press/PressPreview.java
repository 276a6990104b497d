package id.cerita.press;

import java.util.List;

import id.cerita.common.StoryId;
import id.cerita.story.Language;

/**
 * What a journalist sees of a story before downloading its kit: the same consent-cut text the kit carries, the
 * release line (immediate or embargo) and the languages the kit holds.
 */
public record PressPreview(StoryId storyId, String slug, Language language, String releaseLine, boolean embargoed,
        String headline, String summary, String dateline, String bodyHtml, String personName, String business,
        List<Language> languages) {
}

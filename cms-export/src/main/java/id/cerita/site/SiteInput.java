package id.cerita.site;

import java.util.List;

import id.cerita.story.StoryDetails;

/**
 * Everything a static site is made from: the stories the public may see (already filtered by the visibility rule)
 * and the site's settings. The builder reads nothing else, so tests and benchmarks can feed generated stories.
 */
public record SiteInput(String baseUrl, String title, List<StoryDetails> stories) {

    public SiteInput {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8000" : baseUrl.replaceAll("/+$", "");
        title = title == null || title.isBlank() ? "Cerita Alumni" : title;
        stories = List.copyOf(stories);
    }
}

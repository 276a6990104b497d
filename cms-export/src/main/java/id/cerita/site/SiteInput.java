package id.cerita.site;

import java.net.URI;
import java.util.List;
import java.util.function.UnaryOperator;

import id.cerita.impact.ImpactOverview;
import id.cerita.story.StoryDetails;

/**
 * Everything a static site is made from: the stories the public may see (already filtered by the visibility rule)
 * and the site's settings. The builder reads nothing else, so tests and benchmarks can feed generated stories.
 *
 * @param baseUrl the public address of the site's root, perhaps with a path ({@code https://example.org/cerita}):
 *        absolute links (canonical, feeds, sitemap, JSON-LD) start with it, and its path is the {@link #basePath()}
 *        every link inside the site starts with
 * @param bylines the public name of a story's author from their login name; never gives the login name back
 * @param impact the figures of the Impact page, counted from the same stories with the 38 provinces and the press
 *        clips; null: counted from the stories alone (the provinces they are in, no clips), as tests and benchmarks do
 */
public record SiteInput(String baseUrl, String title, List<StoryDetails> stories, UnaryOperator<String> bylines,
        ImpactOverview impact) {

    public SiteInput {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8000" : baseUrl.replaceAll("/+$", "");
        title = title == null || title.isBlank() ? "Cerita Alumni" : title;
        stories = List.copyOf(stories);
        if (bylines == null) {
            String newsroom = title;
            bylines = login -> newsroom;
        }
    }

    public SiteInput(String baseUrl, String title, List<StoryDetails> stories, UnaryOperator<String> bylines) {
        this(baseUrl, title, stories, bylines, null);
    }

    public SiteInput(String baseUrl, String title, List<StoryDetails> stories) {
        this(baseUrl, title, stories, null, null);
    }

    /** The path the site is served under: "" at a host's root, "/cerita" under a sub-path; never ends with "/". */
    public String basePath() {
        String path = URI.create(baseUrl).getPath();
        return path == null ? "" : path.replaceAll("/+$", "");
    }

    /** The public byline of a login name: the author's display name, or the site's name if there is none. */
    public String byline(String login) {
        String name = login == null ? null : bylines.apply(login);
        return name == null || name.isBlank() || name.equalsIgnoreCase(login) ? title : name;
    }
}

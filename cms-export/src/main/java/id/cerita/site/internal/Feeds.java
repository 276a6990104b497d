package id.cerita.site.internal;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

import id.cerita.site.SiteFormats;
import id.cerita.site.SiteInput;
import id.cerita.story.Language;
import id.cerita.story.StoryDetails;

/**
 * RSS 2.0 and Atom 1.0 for the stories of one language, newest first, with categories in that language and the
 * authors' public names; dates come from the stories, never from the clock.
 */
final class Feeds {

    private Feeds() {
    }

    static byte[] rss(SiteInput input, String title, String pageUrl, String selfUrl, List<StoryDetails> stories,
            Language language) {
        String baseUrl = input.baseUrl();
        StringBuilder out = new StringBuilder(4096)
            .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .append("<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n")
            .append("<title>").append(Xml.text(title)).append("</title>\n")
            .append("<link>").append(Xml.text(baseUrl + pageUrl)).append("</link>\n")
            .append("<description>").append(Xml.text(Labels.of(language).get("footer"))).append("</description>\n")
            .append("<language>").append(language.code()).append("</language>\n")
            .append("<atom:link href=\"").append(Xml.text(baseUrl + selfUrl))
            .append("\" rel=\"self\" type=\"application/rss+xml\"/>\n");
        if (!stories.isEmpty()) {
            out.append("<lastBuildDate>").append(rfc1123(stories.getFirst())).append("</lastBuildDate>\n");
        }
        for (StoryDetails s : stories) {
            String link = Xml.text(baseUrl + SitePaths.story(s));
            out.append("<item>\n<title>").append(Xml.text(s.title())).append("</title>\n")
                .append("<link>").append(link).append("</link>\n")
                .append("<guid isPermaLink=\"true\">").append(link).append("</guid>\n")
                .append("<pubDate>").append(rfc1123(s)).append("</pubDate>\n")
                .append("<dc:creator>").append(Xml.text(input.byline(s.author()))).append("</dc:creator>\n")
                .append("<description>").append(Xml.text(s.summary())).append("</description>\n");
            s.themes().forEach(t -> out.append("<category>").append(Xml.text(t.name(language.locale())))
                .append("</category>\n"));
            out.append("</item>\n");
        }
        return out.append("</channel>\n</rss>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] atom(SiteInput input, String title, String pageUrl, String selfUrl, List<StoryDetails> stories,
            Language language) {
        String baseUrl = input.baseUrl();
        String updated = stories.stream().map(s -> s.updatedAt() == null ? s.publishedAt() : s.updatedAt())
            .max(java.util.Comparator.naturalOrder()).map(SiteFormats::iso).orElse("2000-01-01T00:00:00+07:00");
        StringBuilder out = new StringBuilder(4096)
            .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(language.code()).append("\">\n")
            .append("<title>").append(Xml.text(title)).append("</title>\n")
            .append("<id>").append(Xml.text(baseUrl + selfUrl)).append("</id>\n")
            .append("<link href=\"").append(Xml.text(baseUrl + pageUrl)).append("\"/>\n")
            .append("<link rel=\"self\" href=\"").append(Xml.text(baseUrl + selfUrl)).append("\"/>\n")
            .append("<updated>").append(updated).append("</updated>\n");
        for (StoryDetails s : stories) {
            String link = Xml.text(baseUrl + SitePaths.story(s));
            out.append("<entry>\n<title>").append(Xml.text(s.title())).append("</title>\n")
                .append("<id>").append(link).append("</id>\n")
                .append("<link href=\"").append(link).append("\"/>\n")
                .append("<published>").append(SiteFormats.iso(s.publishedAt())).append("</published>\n")
                .append("<updated>").append(SiteFormats.iso(s.updatedAt() == null ? s.publishedAt() : s.updatedAt()))
                .append("</updated>\n")
                .append("<author><name>").append(Xml.text(input.byline(s.author()))).append("</name></author>\n");
            s.themes().forEach(t -> out.append("<category term=\"").append(Xml.text(t.code())).append("\" label=\"")
                .append(Xml.text(t.name(language.locale()))).append("\"/>\n"));
            out.append("<summary>").append(Xml.text(s.summary())).append("</summary>\n</entry>\n");
        }
        return out.append("</feed>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String rfc1123(StoryDetails s) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(s.publishedAt().atZone(SiteFormats.ZONE));
    }
}

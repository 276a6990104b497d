package id.cerita.coverage.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import id.cerita.coverage.ClipDetails;

/**
 * A clip suggested from a news page saved as a file (Cerita has no internet access to fetch it): the headline, the
 * outlet, the date, the reporter and the address from its Open Graph tags and its JSON-LD NewsArticle, whichever the
 * page has. Staff check and complete the result before saving; nothing of the article's text is kept beyond its
 * description.
 */
final class ClipSuggestions {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private ClipSuggestions() {
    }

    static ClipDetails from(String html) {
        Document page = Jsoup.parse(html);
        JsonNode article = newsArticle(page);
        String headline = first(meta(page, "og:title"), text(article, "headline"), page.title());
        String outlet = first(meta(page, "og:site_name"), text(article.path("publisher"), "name"));
        String url = first(meta(page, "og:url"), link(page), text(article, "url"));
        String reporter = first(meta(page, "author"), author(article));
        String excerpt = first(meta(page, "og:description"), meta(page, "description"), text(article, "description"));
        LocalDate date = date(first(meta(page, "article:published_time"), text(article, "datePublished")));
        String lang = page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang");
        return new ClipDetails(outlet, url != null && url.matches("https?://\\S+") ? url : null, date, reporter,
                headline, excerpt == null ? null : excerpt.substring(0, Math.min(excerpt.length(), 2000)),
                lang.startsWith("en") ? "en" : "id", null, null, Set.of());
    }

    private static JsonNode newsArticle(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode node = JSON.readTree(script.data());
                for (JsonNode candidate : node.isArray() ? node : node.has("@graph") ? node.get("@graph")
                        : JSON.createArrayNode().add(node)) {
                    if (candidate.path("@type").asString("").endsWith("Article")) {
                        return candidate;
                    }
                }
            }
            catch (JacksonException e) {
                // a broken JSON-LD block is common on news sites: the Open Graph tags may still tell
            }
        }
        return JSON.createObjectNode();
    }

    private static String meta(Document page, String name) {
        Element tag = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return tag == null ? null : blankToNull(tag.attr("content"));
    }

    private static String link(Document page) {
        Element canonical = page.selectFirst("link[rel=canonical]");
        return canonical == null ? null : blankToNull(canonical.attr("href"));
    }

    private static String author(JsonNode article) {
        JsonNode author = article.path("author");
        if (author.isArray()) {
            author = author.path(0);
        }
        return author.isString() ? blankToNull(author.asString()) : text(author, "name");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? blankToNull(value.asString()) : null;
    }

    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toLocalDate();
        }
        catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
            }
            catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

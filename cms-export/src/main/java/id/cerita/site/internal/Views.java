package id.cerita.site.internal;

import java.util.List;

import id.cerita.site.SiteImage;

/** What the templates read: preformatted, so templates hold layout and no logic. Every link is already base-aware. */
public final class Views {

    private Views() {
    }

    public record Link(String url, String label) {
    }

    /** A card's picture: the focal-point crop made for cards; decorative, as the card's heading says what it is. */
    public record CardImage(String src, int width, int height) {
    }

    /** One story in a listing, with links to its other language versions (grouped under the one card). */
    public record Card(String url, String title, String summary, String lang, String date, String iso, String place,
            CardImage image, List<Alternate> translations) {
    }

    public record Pager(List<Card> cards, int page, int pages, String prevUrl, String nextUrl) {
    }

    /** Another language version: {@code url} for links in the page, {@code absoluteUrl} for {@code <link hreflang>}. */
    public record Alternate(String lang, String url, String absoluteUrl, String title, String langName) {
    }

    public record QuoteView(String text, String speaker, String role) {
    }

    public record SourceView(String outlet, String title, String url, String date) {
    }

    public record Term(String url, String label, int count) {
    }

    /** A stretch of the story's text, followed by a pull quote or not. */
    public record BodyPart(String html, QuoteView quote) {
    }

    /** A picture for link previews (Open Graph, Twitter), absolute. */
    public record ShareImage(String url, int width, int height, String alt) {
    }

    public record StoryPage(String lang, String url, String canonical, String title, String summary,
            List<BodyPart> body, String date, String iso, String modifiedIso, String modifiedDate, String byline,
            Link region, Link province, List<Link> themes, List<Link> courses, List<Link> providers, Link cohort,
            String personName, String occupation, String business, String gathering, List<QuoteView> quotes,
            List<String> outcomes, List<SourceView> sources, List<Alternate> alternates, SiteImage lead,
            List<SiteImage> gallery, String jsonLd, ShareImage shareImage) {
    }
}

package id.cerita.site.internal;

import java.util.List;

import id.cerita.site.SiteImage;

/** What the templates read: preformatted, so templates hold layout and no logic. */
public final class Views {

    private Views() {
    }

    public record Link(String url, String label) {
    }

    public record Card(String url, String title, String summary, String lang, String date, String iso, String place) {
    }

    public record Pager(List<Card> cards, int page, int pages, String prevUrl, String nextUrl) {
    }

    public record Alternate(String lang, String url, String title) {
    }

    public record QuoteView(String text, String speaker, String role) {
    }

    public record SourceView(String outlet, String title, String url, String date) {
    }

    public record Term(String url, String label, int count) {
    }

    public record StoryPage(String lang, String url, String canonical, String title, String summary, String bodyHtml,
            String date, String iso, Link region, Link province, List<Link> themes, List<Link> courses,
            List<Link> providers, Link cohort, String personName, String occupation, String business, String gathering,
            List<QuoteView> quotes, List<String> outcomes, List<SourceView> sources, List<Alternate> alternates,
            List<SiteImage> images, String jsonLd, String ogImage) {
    }
}

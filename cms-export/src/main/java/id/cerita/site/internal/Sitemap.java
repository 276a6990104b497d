package id.cerita.site.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The sitemaps.org urlset: one entry per HTML page, with the day its newest content changed. */
final class Sitemap {

    record Entry(String url, String lastmod) {
    }

    private Sitemap() {
    }

    static byte[] xml(String baseUrl, List<Entry> entries) {
        StringBuilder out = new StringBuilder(entries.size() * 120 + 200)
            .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (Entry e : entries) {
            out.append("<url><loc>").append(Xml.text(baseUrl + e.url())).append("</loc>");
            if (e.lastmod() != null) {
                out.append("<lastmod>").append(e.lastmod()).append("</lastmod>");
            }
            out.append("</url>\n");
        }
        return out.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}

package id.cerita.site.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The sitemaps.org files: one entry per HTML page, with the day its newest content changed. A file holds at most
 * {@value #MAX_URLS} URLs (the protocol's limit; a site of 55,000 stories has 78,000 pages), so a bigger site gets a
 * sitemap index at {@code sitemap.xml}, the address robots.txt gives, listing parts {@code sitemap-<n>.xml} of equal
 * size in URL order.
 */
final class Sitemap {

    /** sitemaps.org: "no more than 50,000 URLs" per sitemap file. */
    static final int MAX_URLS = 50_000;
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    record Entry(String url, String lastmod) {
    }

    private Sitemap() {
    }

    /** The sitemap files for entries already sorted by URL: one urlset while they fit in one file, else an index. */
    static List<OutputFile> files(String baseUrl, Entry[] sorted, int maxUrls) {
        if (sorted.length <= maxUrls) {
            return List.of(urlset("sitemap.xml", baseUrl, List.of(sorted)));
        }
        int parts = (sorted.length + maxUrls - 1) / maxUrls;
        int size = (sorted.length + parts - 1) / parts;
        List<OutputFile> files = new ArrayList<>(parts + 1);
        List<List<Entry>> partEntries = new ArrayList<>(parts);
        Fingerprint index = Fingerprint.of("sitemap-index-1", baseUrl);
        for (int n = 0; n < parts; n++) {
            List<Entry> part = Arrays.asList(sorted).subList(n * size, Math.min(sorted.length, (n + 1) * size));
            OutputFile file = urlset(partPath(n), baseUrl, part);
            files.add(file);
            partEntries.add(part);
            index.add(file.path()).add(file.fingerprint());
        }
        // the index is written only when its fingerprint (the parts') changed, like every other file
        files.addFirst(new OutputFile("sitemap.xml", index.hex(), () -> index(baseUrl, partEntries)));
        return files;
    }

    private static String partPath(int n) {
        return "sitemap-" + (n + 1) + ".xml";
    }

    private static byte[] index(String baseUrl, List<List<Entry>> parts) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"")
            .append(NS).append("\">\n");
        for (int n = 0; n < parts.size(); n++) {
            xml.append("<sitemap><loc>").append(Xml.text(baseUrl + "/" + partPath(n))).append("</loc>");
            String newest = newest(parts.get(n));
            if (newest != null) {
                xml.append("<lastmod>").append(newest).append("</lastmod>");
            }
            xml.append("</sitemap>\n");
        }
        return xml.append("</sitemapindex>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static OutputFile urlset(String path, String baseUrl, List<Entry> entries) {
        Fingerprint f = Fingerprint.of("sitemap-1", baseUrl);
        for (Entry e : entries) {
            f.add(e.url()).add(e.lastmod());
        }
        return new OutputFile(path, f.hex(), () -> xml(baseUrl, entries));
    }

    /** The newest day of the entries (ISO dates sort as text), or null when none has one. */
    private static String newest(List<Entry> entries) {
        String newest = null;
        for (Entry e : entries) {
            if (e.lastmod() != null && (newest == null || e.lastmod().compareTo(newest) > 0)) {
                newest = e.lastmod();
            }
        }
        return newest;
    }

    static byte[] xml(String baseUrl, List<Entry> entries) {
        StringBuilder out = new StringBuilder(entries.size() * 120 + 200)
            .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .append("<urlset xmlns=\"").append(NS).append("\">\n");
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

package id.cerita.site.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import id.cerita.testsupport.SharedFiles;

class SitemapTests {

    private static final String BASE = "https://cerita.example.id/cerita";

    private static Sitemap.Entry[] entries(int count) {
        // sorted by URL, as the plan hands them over; every third page without a day (listings of terms)
        return IntStream.range(0, count)
            .mapToObj(n -> new Sitemap.Entry(String.format("/id/cerita/cerita-%03d/", n),
                    n % 3 == 0 ? null : String.format("2026-11-%02d", 1 + n % 28)))
            .toArray(Sitemap.Entry[]::new);
    }

    @Test
    void aSiteThatFitsInOneFileGetsOneUrlsetAtTheUsualAddress() throws Exception {
        List<OutputFile> files = Sitemap.files(BASE, entries(7), 7);

        assertThat(files).extracting(OutputFile::path).containsExactly("sitemap.xml");
        schema().newValidator().validate(source(files.getFirst()));
        assertThat(text(files.getFirst())).contains("<urlset").contains("<loc>" + BASE + "/id/cerita/cerita-006/</loc>");
    }

    @Test
    void aBiggerSiteGetsAnIndexOfPartsEachWithinTheLimitAndValid() throws Exception {
        List<OutputFile> files = Sitemap.files(BASE, entries(7), 3);

        assertThat(files).extracting(OutputFile::path)
            .containsExactly("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml");
        int urls = 0;
        for (OutputFile part : files.subList(1, files.size())) {
            schema().newValidator().validate(source(part));
            int inPart = parse(part).getElementsByTagNameNS(NS, "url").getLength();
            assertThat(inPart).isBetween(1, 3);
            urls += inPart;
        }
        assertThat(urls).as("every page in exactly one part").isEqualTo(7);

        Document index = parse(files.getFirst());
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        assertThat(index.getDocumentElement().getNamespaceURI()).isEqualTo(NS);
        NodeList locs = index.getElementsByTagNameNS(NS, "loc");
        assertThat(IntStream.range(0, locs.getLength()).mapToObj(i -> locs.item(i).getTextContent()))
            .containsExactly(BASE + "/sitemap-1.xml", BASE + "/sitemap-2.xml", BASE + "/sitemap-3.xml");
        // each part's day is its newest page's: cerita-001 and -002 are of 2 and 3 November, -000 has none
        assertThat(index.getElementsByTagNameNS(NS, "lastmod").item(0).getTextContent()).isEqualTo("2026-11-03");
    }

    @Test
    void aChangedPageChangesItsPartAndTheIndexButNotTheOtherParts() {
        Sitemap.Entry[] before = entries(7);
        Sitemap.Entry[] after = before.clone();
        after[5] = new Sitemap.Entry(before[5].url(), "2026-12-06");

        List<OutputFile> old = Sitemap.files(BASE, before, 3);
        List<OutputFile> now = Sitemap.files(BASE, after, 3);

        assertThat(now.get(0).fingerprint()).isNotEqualTo(old.get(0).fingerprint());
        assertThat(now.get(1).fingerprint()).isEqualTo(old.get(1).fingerprint());
        assertThat(now.get(2).fingerprint()).isNotEqualTo(old.get(2).fingerprint());
        assertThat(now.get(3).fingerprint()).isEqualTo(old.get(3).fingerprint());
    }

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static Schema schema() throws Exception {
        return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
            .newSchema(SharedFiles.resolve("schemas/sitemaps/sitemap.xsd").toFile());
    }

    private static StreamSource source(OutputFile file) {
        return new StreamSource(new ByteArrayInputStream(file.content().get()));
    }

    private static String text(OutputFile file) {
        return new String(file.content().get(), StandardCharsets.UTF_8);
    }

    private static Document parse(OutputFile file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(file.content().get()));
    }
}

package id.cerita.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cerita.site.SiteBuildReport.SearchIndexing;
import id.cerita.site.internal.Builds;
import id.cerita.story.StoryDetails;
import id.cerita.testsupport.SharedFiles;

class SiteBuilderTests {

    private static final String BASE = "https://cerita.example.id";
    private final SiteBuilder builder = new SiteBuilder(new MarkdownRenderer(), SiteImages.NONE);

    private static SiteInput input(List<StoryDetails> stories) {
        return new SiteInput(BASE, "Cerita Alumni", stories);
    }

    @Test
    void givesByteIdenticalTreesForTheSameInput(@TempDir Path one, @TempDir Path two) {
        List<StoryDetails> stories = SiteStories.generate(45);
        builder.build(input(stories), one);
        List<StoryDetails> shuffled = new ArrayList<>(stories);
        java.util.Collections.reverse(shuffled);
        builder.build(input(shuffled), two);

        assertSameTree(one.resolve("current"), two.resolve("current"));
    }

    @Test
    void givesTheSameTreeIncrementallyAsInAFullBuild(@TempDir Path full, @TempDir Path incremental) {
        List<StoryDetails> stories = SiteStories.generate(45);
        List<StoryDetails> later = new ArrayList<>(stories);
        later.set(7, SiteStories.edited(stories.get(7), "Judul baru yang lain", "Isi **baru**."));
        later.remove(20);
        later.add(SiteStories.story(100, id.cerita.story.Language.ID));

        builder.build(input(stories), incremental);
        SiteBuildReport report = builder.build(input(later), incremental);
        builder.build(input(later), full);

        assertThat(report.linked()).isNotEmpty();
        assertSameTree(full.resolve("current"), incremental.resolve("current"));
    }

    @Test
    void rerendersExactlyTheFilesThatShowAChangedStory(@TempDir Path root) throws Exception {
        List<StoryDetails> stories = SiteStories.generate(59);
        SiteBuildReport first = builder.build(input(stories), root);
        Map<String, byte[]> before = SiteStories.tree(first.build());
        int last = stories.size() - 1;
        StoryDetails changed = stories.get(last);
        List<StoryDetails> later = new ArrayList<>(stories);
        later.set(last, SiteStories.edited(changed, "Judul yang diperbaiki", changed.body() + "\n\nTambahan."));

        SiteBuildReport second = builder.build(input(later), root);
        Map<String, byte[]> after = SiteStories.tree(second.build());

        Set<String> differing = new TreeSet<>();
        after.forEach((path, bytes) -> {
            if (!Arrays.equals(bytes, before.get(path)) && !path.equals("manifest.json") && !path.startsWith("pagefind/")) {
                differing.add(path);
            }
        });
        assertThat(second.rendered()).containsExactlyInAnyOrderElementsOf(differing);
        assertThat(second.rendered()).contains("id/cerita/" + changed.slug() + "/index.html", "sitemap.xml",
                "feed.xml", "provinsi/" + changed.province().code() + "/index.html",
                "wilayah/" + changed.region().code() + "/index.html");
        assertThat(second.rendered()).hasSizeLessThan(30);
        assertThat(second.linked()).contains("id/cerita/" + stories.get(30).slug() + "/index.html", "404.html");
        assertThat(Files.isSymbolicLink(root.resolve("current"))).isTrue();
        assertThat(root.resolve("current").toRealPath()).isEqualTo(second.build().toRealPath());
        assertThat(second.searchIndex()).as("a story page changed").isEqualTo(SearchIndexing.INDEXED);
    }

    @Test
    void indexesTheStoryPagesForTheVisitorsSearchOnlyWhenOneChanged(@TempDir Path root) throws Exception {
        List<StoryDetails> stories = SiteStories.generate(25);
        SiteBuildReport first = builder.build(input(stories), root);
        assertThat(first.searchIndex()).isEqualTo(SearchIndexing.INDEXED);
        assertThat(first.build().resolve("pagefind/pagefind-ui.js")).isRegularFile();
        assertThat(first.build().resolve("pagefind/pagefind-entry.json")).content()
            .contains("\"id\":{").contains("\"page_count\":25");
        assertThat(first.build().resolve("search-index.json")).as("one visitors' search").doesNotExist();
        String page = Files.readString(first.build().resolve("id/cerita/" + stories.get(3).slug() + "/index.html"));
        assertThat(page).contains("data-pagefind-body").contains("data-pagefind-filter=\"Provinsi[content]\"")
            .contains("data-pagefind-filter=\"Tema[content]\"").containsPattern("data-pagefind-filter=\"Tahun:\\d{4}, Bahasa:Bahasa Indonesia\"")
            .contains("<div id=\"search\" data-bundle=\"/pagefind/\" data-base=\"/\"></div>");
        assertThat(Files.readString(first.build().resolve("index.html"))).doesNotContain("data-pagefind-body")
            .contains("<script src=\"/pagefind/pagefind-ui.js\" defer></script>");

        SiteBuildReport same = builder.build(input(stories), root);
        assertThat(same.searchIndex()).as("nothing changed: the current build's bundle, hard-linked")
            .isEqualTo(SearchIndexing.REUSED);
        assertThat(same.build().resolve("pagefind/pagefind-entry.json")).hasSameTextualContentAs(
                first.build().resolve("pagefind/pagefind-entry.json"));
        assertThat(Builds.readManifest(same.build())).containsKey("pagefind/pagefind-entry.json");

        List<StoryDetails> fewer = new ArrayList<>(stories.subList(1, stories.size()));
        SiteBuildReport third = builder.build(input(fewer), root);
        assertThat(third.searchIndex()).isEqualTo(SearchIndexing.INDEXED);
        assertThat(third.build().resolve("pagefind/pagefind-entry.json")).content().contains("\"page_count\":24");
        try (var bundle = Files.walk(third.build().resolve("pagefind"))) {
            assertThat(bundle.filter(p -> p.toString().endsWith(".pf_meta"))).as("one per language, none stale")
                .hasSize(2);
        }
    }

    @Test
    void removesAStoryFromEveryFile(@TempDir Path root) {
        List<StoryDetails> stories = SiteStories.generate(45);
        builder.build(input(stories), root);
        StoryDetails gone = stories.get(12);
        List<StoryDetails> later = new ArrayList<>(stories);
        later.remove(12);

        builder.build(input(later), root);

        Map<String, String> texts = SiteStories.texts(root.resolve("current"));
        assertThat(texts).isNotEmpty();
        texts.forEach((path, text) -> {
            assertThat(text).as(path).doesNotContain("/" + gone.slug() + "/").doesNotContain(gone.title())
                .doesNotContain(gone.id().toString());
        });
    }

    @Test
    void rendersHostileMarkdownInert(@TempDir Path root) {
        StoryDetails story = SiteStories.edited(SiteStories.generate(1).get(0), "Judul <script>alert(1)</script>",
                "Halo <script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n[klik](javascript:alert(1))\n\n"
                        + "<iframe src=\"https://evil.example\"></iframe>\n\n<a href=\"#\" onclick=\"steal()\">a</a>");
        builder.build(input(List.of(story)), root);

        Map<String, String> texts = SiteStories.texts(root.resolve("current"));
        texts.entrySet().stream().filter(e -> e.getKey().endsWith(".html")).forEach(e -> {
            String html = e.getValue().replace("<script type=\"application/ld+json\">", "")
                .replace("<script src=\"/assets/search.js\" defer></script>", "")
                .replace("<script src=\"/pagefind/pagefind-ui.js\" defer></script>", "")
                .replace("<script src=\"/assets/echarts.min.js\" defer></script>", "")
                .replace("<script src=\"/assets/impact-charts.js\" defer></script>", "");
            assertThat(html).as(e.getKey()).doesNotContain("<script").doesNotContain("<iframe")
                .doesNotContainPattern("<[a-zA-Z][^>]*\\son[a-z]+\\s*=")
                .doesNotContainPattern("(?i)(href|src)\\s*=\\s*\"?\\s*javascript:");
        });
        assertThat(texts.get("id/cerita/" + story.slug() + "/index.html")).contains("Judul &lt;script&gt;");
    }

    @Test
    void anExportAfterEditsWritesWhatANewBuilderWritesFromNothing(@TempDir Path root, @TempDir Path fresh) {
        // the builder keeps story digests and listing fingerprints between exports: what it reuses must never differ
        // from what it would compute
        List<StoryDetails> stories = new ArrayList<>(SiteStories.generate(60));
        builder.build(input(stories), root);
        stories.set(3, SiteStories.edited(stories.get(3), "Judul baru", stories.get(3).body()));
        stories.remove(17);
        builder.build(input(stories), root);
        stories.set(30, SiteStories.edited(stories.get(30), stories.get(30).title(), stories.get(30).body() + "\n\nLagi."));
        stories.add(SiteStories.generate(61).getLast());

        SiteBuildReport report = builder.build(input(stories), root);

        assertThat(report.rendered()).as("an incremental export").hasSizeLessThan(80);
        SiteBuildReport fromNothing = new SiteBuilder(new MarkdownRenderer(), SiteImages.NONE).build(input(stories), fresh);
        assertSameTree(fromNothing.build(), report.build());
    }

    @Test
    void writesASitemapValidAgainstTheSitemapSchema(@TempDir Path root) throws Exception {
        builder.build(input(SiteStories.generate(45)), root);

        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
            .newSchema(SharedFiles.resolve("schemas/sitemaps/sitemap.xsd").toFile());
        Path sitemap = root.resolve("current/sitemap.xml");
        schema.newValidator().validate(new StreamSource(sitemap.toFile()));
        String xml = Files.readString(sitemap, StandardCharsets.UTF_8);
        assertThat(xml).contains("<loc>" + BASE + "/id/cerita/cerita-3/</loc>").contains("<loc>" + BASE + "/provinsi/81/</loc>");
    }

    @Test
    void writesStoryPagesWithStructuredDataAndLocalFormats(@TempDir Path root) {
        builder.build(input(SiteStories.generate(6)), root);

        String id = SiteStories.texts(root.resolve("current")).get("id/cerita/cerita-5/index.html");
        assertThat(id).contains("<html lang=\"id\">").contains("\"@type\":\"NewsArticle\"")
            .contains("\"propertyID\":\"Kode Wilayah Kemendagri\",\"value\":\"35.07\"")
            .contains("<link rel=\"canonical\" href=\"" + BASE + "/id/cerita/cerita-5/\">")
            .contains("hreflang=\"en\" href=\"" + BASE + "/en/stories/story-5/\"")
            .contains("Rp6.000.000").containsPattern("<time datetime=\"2023-01-0\\dT[0-9:]+\\+07:00\">[A-Z][a-z]+, \\d+ Januari 2023</time>")
            .contains("property=\"og:title\"");
        String en = SiteStories.texts(root.resolve("current")).get("en/stories/story-5/index.html");
        assertThat(en).contains("<html lang=\"en\">").contains("IDR 6,000,000").contains("January 2023")
            .contains("hreflang=\"id\" href=\"" + BASE + "/id/cerita/cerita-5/\"");
    }

    @Test
    void reusesTheBuildBeforeTheCurrentOneWithoutTouchingTheSiteBeingServed(@TempDir Path root, @TempDir Path fresh) {
        List<StoryDetails> stories = SiteStories.generate(40);
        builder.build(input(stories), root);
        List<StoryDetails> second = new ArrayList<>(stories);
        second.set(5, SiteStories.edited(stories.get(5), "Judul kedua", stories.get(5).body()));
        builder.build(input(second), root);
        Map<String, byte[]> served = SiteStories.tree(root.resolve("current"));
        List<StoryDetails> third = new ArrayList<>(second);
        StoryDetails removed = third.remove(7);
        third.set(9, SiteStories.edited(third.get(9), "Judul ketiga", third.get(9).body() + "\n\nTambahan."));

        SiteBuildReport report = builder.build(input(third), root);

        assertThat(report.build().getFileName().toString()).as("build 1 renamed and reused").isEqualTo("3");
        assertThat(report.rendered()).hasSizeLessThan(60);
        assertThat(SiteStories.tree(report.build())).doesNotContainKey("id/cerita/" + removed.slug() + "/index.html");
        Map<String, byte[]> stillServedBefore = SiteStories.tree(root.resolve("builds").resolve("2"));
        assertThat(stillServedBefore.keySet()).isEqualTo(served.keySet());
        served.forEach((path, bytes) -> assertThat(stillServedBefore.get(path)).as(path).isEqualTo(bytes));
        assertSameTree(builder.build(input(third), fresh).build(), report.build());
    }

    @Test
    void keepsOnlyTheCurrentAndThePreviousBuildAndDeletesOlderOnesInTheBackground(@TempDir Path root)
            throws Exception {
        List<StoryDetails> stories = SiteStories.generate(3);
        for (int i = 0; i < 4; i++) {
            builder.build(input(stories), root);
        }
        try (var dirs = Files.list(root.resolve("builds"))) {
            assertThat(dirs.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("3", "4");
        }
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
            try (var trash = Files.list(root.resolve("trash"))) {
                return trash.findAny().isEmpty();
            }
        });
    }

    static void assertSameTree(Path expected, Path actual) {
        Map<String, byte[]> a = SiteStories.tree(expected);
        Map<String, byte[]> b = SiteStories.tree(actual);
        assertThat(b.keySet()).containsExactlyElementsOf(a.keySet());
        a.forEach((path, bytes) -> assertThat(new String(b.get(path), StandardCharsets.UTF_8)).as(path)
            .isEqualTo(new String(bytes, StandardCharsets.UTF_8)));
    }

    @Test
    void aSiteWithoutTheVisitorsSearchHasNoBundleAndNoSearchBox(@TempDir Path root) throws IOException {
        SiteBuilder without = new SiteBuilder(new MarkdownRenderer(), SiteImages.NONE).withoutVisitorsSearch();
        List<StoryDetails> stories = SiteStories.generate(5);

        SiteBuildReport report = without.build(input(stories), root);

        assertThat(report.searchIndex()).isEqualTo(SearchIndexing.OFF);
        assertThat(report.build().resolve("pagefind")).doesNotExist();
        assertThat(Files.readString(report.build().resolve("index.html"))).doesNotContain("pagefind")
            .doesNotContain("id=\"search\"");
        // the same stories with the search: every page is made again, now with the box
        SiteBuildReport with = builder.build(input(stories), root);
        assertThat(with.linked()).doesNotContain("index.html");
        assertThat(Files.readString(with.build().resolve("index.html"))).contains("id=\"search\"");
    }
}

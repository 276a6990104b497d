package id.cerita.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import id.cerita.story.Language;

/** {@code DirectHtml} writes what Flexmark's renderer writes, character for character, or leaves the body to it. */
class DirectHtmlTests {

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    /**
     * Beside {@link SiteStories#TRICKY_MARKDOWN}: everything a story may hold; some of it falls back (code, images,
     * raw HTML blocks, nested lists).
     */
    private static final List<String> TRICKY = List.of(
            "## Awal usaha\n\nTeks.\n\n## Awal usaha\n\n### Awal usaha\n\n#### Ke-2: \"Modal\" & *omzet*",
            "1. satu\n\n2. dua\n\n   paragraf kedua\n\n3. tiga",
            "3. mulai dari tiga\n4. empat",
            "- a\n  - b\n  - c\n- d",
            "* bintang\n+ plus\n\n- minus",
            "> kutipan\n> baris dua\n>\n> paragraf dua\n>> bertingkat",
            "Teks\n\n---\n\n***\n\nTeks lagi  \nbaris keras\\\nbaris keras lagi",
            "| Kiri | Tengah | Kanan | Biasa |\n|:---|:---:|---:|---|\n| a | **b** | [c](/x) | d |\n| e | f | g |",
            "| Hanya | Kepala |\n|---|---|",
            "| a | b |\n|---|---|\n| satu sel yang panjang ||",
            "![foto](/gambar.jpg \"judul\") dan <https://otomatis.id> serta <surel@contoh.id>",
            "```\nkode & <tag>\n```\n\n    terindentasi",
            "<div>blok HTML</div>\n\n<!-- komentar -->",
            "[rujukan][1]\n\n[1]: https://contoh.id \"Judul\"",
            "*miring **tebal di dalam** lagi* dan __garis__ _bawah_",
            "\"Kutipan 'bersarang' di dalam,\" katanya... lalu -- pergi --- jauh. Itu 'kan \"biasa\"?",
            "## \n\nJudul kosong di atas",
            "Teks dengan tab\tdan spasi   berlebih   ",
            "");

    @Test
    void writesWhatFlexmarkWritesForEveryInput() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        for (String markdown : corpus()) {
            softly.assertThat(MARKDOWN.html(markdown, true)).as(markdown).isEqualTo(MARKDOWN.html(markdown, false));
        }
        softly.assertAll();
    }

    @Test
    void writesEveryDemoStoryAndGeneratedBodyItself() throws IOException {
        List<String> bodies = new ArrayList<>(demoBodies());
        for (int i = 0; i < 40; i++) {
            bodies.add(SiteStories.story(i, i % 3 == 0 ? Language.EN : Language.ID).body());
        }
        assertThat(bodies).hasSizeGreaterThan(40).allSatisfy(body -> assertThat(MARKDOWN.writtenDirectly(body))
            .as(body).isTrue());
    }

    @Test
    void leavesWhatItDoesNotKnowToFlexmark() {
        assertThat(MARKDOWN.writtenDirectly("```\nkode\n```")).isFalse();
        assertThat(MARKDOWN.writtenDirectly("![foto](/a.jpg)")).isFalse();
        assertThat(MARKDOWN.writtenDirectly("- a\n  - b")).isFalse();
        assertThat(MARKDOWN.writtenDirectly("Teks **tebal** dan [tautan](https://contoh.id).")).isTrue();
    }

    private static List<String> corpus() throws IOException {
        List<String> inputs = new ArrayList<>(SiteStories.TRICKY_MARKDOWN);
        inputs.addAll(TRICKY);
        inputs.addAll(demoBodies());
        for (int i = 0; i < 40; i++) {
            inputs.add(SiteStories.story(i, i % 3 == 0 ? Language.EN : Language.ID).body());
        }
        return inputs;
    }

    /** The bodies of the demo's stories (after their front matter), as a newcomer's site shows them. */
    private static List<String> demoBodies() throws IOException {
        Path dir = Path.of("../cms-core/src/main/resources/demo/stories");
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().map(DirectHtmlTests::read).map(t -> t.substring(t.indexOf("\n---", 3) + 4)).toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

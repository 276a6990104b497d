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

/**
 * {@code DirectHtml} writes what Flexmark's renderer writes, character for character, or leaves the body to it; and
 * what the site's sanitiser makes of that, or leaves the body to the sanitiser.
 */
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

    /** What the sanitiser encodes, drops or decides: written as it writes it, or left to it. */
    private static final List<String> SANITISER = List.of(
            "3. tiga\n4. empat\n\n- a\n\n- b\n",
            "Harga = Rp10.000 + ongkir @ toko 'Maju' \"kutip\" & <b>tebal</b> a\tb dan `kode`",
            "Harga = Rp10.000 + ongkir @ toko 'Maju' \"kutip\" & <b>tebal</b> a\tb",
            "emoji \uD83D\uDE00 dan \uFF46\uFF55\uFF4C\uFF4C \uFEFF bom {{x}} { akhir {",
            "Kendali a\u0001b\u007Fc\u0085d \u1FEF \u0915\u094D\u0937 &#123; &#x1F600; &#0;",
            "[m](mailto:a@b.id) [r](../x \"t=1 'x' @ + \\\"z\\\"\") [h](HTTP://A.ID) [s]( /sp ) [q](/a?x:y) [w](/a'b=c)",
            "[b](/a \"`y`\") [c](/a`b)",
            "[d](data:x) [c](x:y)",
            "[j](javascript:alert(1)) [p](/a(b)) [u](https://contoh.id/ü)",
            "[n](//contoh.id/x) [f](#bagian) [e](<>) [t](HtTpS://contoh.id/a?b=c#d)",
            "## 123 Judul\n\n## -x\n\n## _a_b\n\n## " + "panjang ".repeat(20),
            "## Éèlan über",
            "> a\n>\n> b\n\n> - satu\n> - dua",
            "- x\n\n  > kutipan di daftar",
            "| a | b |\n|:-:|--|\n| 1 | [t](https://a.id \"j\") |\n\n> | c |\n> |---|\n> | 2 |",
            "Teks  \nkeras\n\n---\n\n1. satu\n2. dua\n\n10) sepuluh\n11) sebelas",
            "Teks ~~coret & \"x\"~~ *miring* **tebal** ***keduanya*** <i>mentah</i>\n\n> kutipan  \n> baris keras");

    @Test
    void writesWhatTheSanitiserMakesOfFlexmarkForEveryInput() throws IOException {
        List<String> inputs = new ArrayList<>(corpus());
        inputs.addAll(SANITISER);
        SoftAssertions softly = new SoftAssertions();
        for (String markdown : inputs) {
            softly.assertThat(MARKDOWN.toHtml(markdown)).as(markdown).isEqualTo(MARKDOWN.sanitizedFlexmark(markdown));
        }
        softly.assertAll();
    }

    @Test
    void leavesToTheSanitiserWhatItWouldDecide() {
        assertThat(MARKDOWN.writtenSanitized("Teks [situs](https://contoh.id/a?b=1) dan [surel](mailto:a@b.id).")).isTrue();
        assertThat(MARKDOWN.writtenSanitized("[klik](javascript:alert(1))")).isFalse();
        assertThat(MARKDOWN.writtenSanitized("[data](data:text/html,x)")).isFalse();
        assertThat(MARKDOWN.writtenSanitized("Senyum \uD83D\uDE00")).isFalse();
        assertThat(MARKDOWN.writtenSanitized("Kurung {{x}}")).isFalse();
        assertThat(MARKDOWN.writtenSanitized("Kendali \u0001")).isFalse();
    }

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
            .as(body).isTrue()).allSatisfy(body -> assertThat(MARKDOWN.writtenSanitized(body)).as(body).isTrue());
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

package id.cerita.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTests {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Test
    void rendersEmphasisAndParagraphs() {
        assertThat(markdown.toHtml("Vita mengikuti **pelatihan digital marketing**.\n\nLalu membuka usaha."))
            .contains("<strong>pelatihan digital marketing</strong>").contains("<p>Lalu membuka usaha.</p>");
    }

    @Test
    void rendersTables() {
        String html = markdown.toHtml("""
                | Tahun | Omzet |
                |---|--:|
                | 2023 | Rp5.000.000 |
                """);
        assertThat(html).contains("<table").contains("<th>Tahun</th>").contains("<td align=\"right\">Rp5.000.000</td>");
    }

    @Test
    void turnsStraightQuotesIntoTypographicOnes() {
        assertThat(markdown.toHtml("Kata Vita, \"Saya belajar dari nol.\" -- lalu tersenyum."))
            .contains("\u201CSaya belajar dari nol.\u201D").contains("\u2013");
    }

    @Test
    void givesHeadingsAnAnchorToLinkToThatHasAnAccessibleName() {
        String html = markdown.toHtml("## Awal Usaha Rias");
        assertThat(html).contains("<h2 id=\"awal-usaha-rias\">").contains("href=\"#awal-usaha-rias\"")
            .contains(">Awal Usaha Rias</a></h2>").doesNotContain("\"></a>");
    }

    @Test
    void dropsScriptsEventHandlersAndDangerousLinks() {
        String html = markdown.toHtml("""
                <script>alert(1)</script>
                <img src="x" onerror="alert(2)">

                [klik](javascript:alert(3)) [situs](https://prakerja.go.id)
                """);
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("href=\"javascript:")
            .contains("href=\"https://prakerja.go.id\"").contains("&lt;script&gt;");
    }

    @Test
    void rendersNothingForAnEmptyBody() {
        assertThat(markdown.toHtml(null)).isEmpty();
        assertThat(markdown.toHtml("  \n")).isEmpty();
    }

    @Test
    void givesPrintTheSameParseAsTheWebWithTablesListsAndQuotesAsBlocks() {
        PrintBody body = markdown.toPrint("""
                ## Awal *Usaha*

                Lihat [situsnya](https://vita.example.org) -- "kata" Vita.

                | Tahun | Omzet |
                |---|--:|
                | 2023 | Rp5.000.000 |

                1. satu
                2. dua

                > Saya belajar.
                """);

        assertThat(body.blocks()).containsExactly(new PrintBlock.Heading(2, "Awal Usaha"),
                new PrintBlock.Paragraph("Lihat situsnya (https://vita.example.org) \u2013 \u201Ckata\u201D Vita."),
                new PrintBlock.Table(java.util.List.of("Tahun", "Omzet"), java.util.List.of(java.util.List.of("2023", "Rp5.000.000")),
                        java.util.List.of(PrintBlock.Table.Align.LEFT, PrintBlock.Table.Align.RIGHT)),
                new PrintBlock.ListBlock(true, java.util.List.of("satu", "dua")),
                new PrintBlock.Quote(java.util.List.of("Saya belajar.")));
        assertThat(body.xhtml()).contains("<h2>Awal <em>Usaha</em></h2>").contains("<td align=\"right\">Rp5.000.000</td>")
            .contains("<a href=\"https://vita.example.org\" rel=\"noopener\">situsnya</a>").doesNotContain("id=")
            .doesNotContain("#");
        assertThat(body.plainText()).contains("Tahun |       Omzet\n------+------------\n2023  | Rp5.000.000");
    }
}

package id.cerita.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Story Markdown as the plain text the index holds. */
class StoryTextTests {

    @Test
    void keepsTheWordsOfHeadingsEmphasisLinksAndTablesWithoutTheirSyntax() {
        String text = StoryText.plain("""
                ## Omzet naik

                Usaha **Siti** kini punya [toko daring](https://example.org) dan ~~satu~~ dua karyawan.

                | Tahun | Omzet |
                |---|---|
                | 2024 | Rp 5 juta |
                """);

        assertThat(text).isEqualTo("Omzet naik\n\nUsaha Siti kini punya toko daring dan satu dua karyawan.\n\n"
                + "Tahun · Omzet\n\n2024 · Rp 5 juta");
    }

    @Test
    void givesNothingForNoBody() {
        assertThat(StoryText.plain(null)).isEmpty();
        assertThat(StoryText.plain("  ")).isEmpty();
    }
}

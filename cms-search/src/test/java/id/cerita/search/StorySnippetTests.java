package id.cerita.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.cerita.story.Audience;

/**
 * Snippets under a hit are the rendered story's text: never Markdown, each passage once, at most two, cut at
 * sentence boundaries.
 */
class StorySnippetTests {

    private static final SearchScope PRESS = new SearchScope.Outside(Audience.PRESS);
    private static final String MARKDOWN = """
            ## Usaha tenun ikat di Sikka

            Setelah **pelatihan tenun** di BLK, *Maria* membuka usaha tenun ikat di rumahnya. Usaha tenun itu kini \
            mempekerjakan lima penenun dari desa sekitar.

            > Tenun ikat adalah warisan kami, kata Maria tentang usaha tenun keluarganya.

            | Tahun | Kain tenun terjual |
            |-------|-------------------|
            | 2023  | 40 kain tenun     |
            | 2024  | 95 kain tenun     |

            - Pewarna alami untuk **tenun**
            - Pemasaran tenun lewat `marketplace` dan [pameran](https://example.org/pameran)

            ### Rencana tenun berikutnya

            Maria ingin melatih penenun muda agar tenun ikat Sikka tidak hilang.
            """;

    private static StorySearch search;

    @BeforeAll
    static void indexAMarkdownStory() throws IOException {
        String alias = "snippets-" + UUID.randomUUID().toString().substring(0, 8);
        StoryIndex index = new StoryIndex(TestSearchNode.client(), TestSearchNode.properties(alias), Clock.systemUTC());
        index.write(List.of(StoryDocuments.story("tenun-sikka").title("Tenun ikat dari Sikka")
            .summary("Maria menghidupkan tenun ikat Sikka setelah pelatihan tenun.")
            .body(StoryText.plain(MARKDOWN)).place("53.10", "Kabupaten Sikka", "Nusa Tenggara Timur").build()),
                List.of());
        index.refresh();
        search = TestSearchNode.search(index);
    }

    @Test
    void showsAtMostTwoDistinctPlainTextSnippetsPerHit() throws IOException {
        StoryResults results = search.search(StoryQuery.text("tenun"), PRESS);

        assertThat(results.hits()).hasSize(1);
        List<String> snippets = results.hits().getFirst().highlights();
        assertThat(snippets).isNotEmpty().hasSizeLessThanOrEqualTo(StorySearch.SNIPPETS);
        List<String> plain = snippets.stream().map(s -> s.replace("<mark>", "").replace("</mark>", "")).toList();
        assertThat(plain).doesNotHaveDuplicates();
        assertThat(plain).allSatisfy(text -> assertThat(text).doesNotContainPattern("[#*|`>\\[\\]_]")
            .doesNotContain("](").doesNotContain("---"));
        assertThat(snippets).allSatisfy(s -> assertThat(s).contains("<mark>"));
    }

    @Test
    void findsTheWordsOfTablesAndLinksButNotTheirSyntax() throws IOException {
        assertThat(search.search(StoryQuery.text("pameran"), PRESS).total()).isEqualTo(1);
        assertThat(search.search(StoryQuery.text("example.org"), PRESS).total()).isZero();
        StoryResults table = search.search(StoryQuery.text("kain terjual"), PRESS);
        assertThat(table.total()).isEqualTo(1);
        assertThat(table.hits().getFirst().highlights()).allSatisfy(s -> assertThat(s).doesNotContain("|"));
    }
}

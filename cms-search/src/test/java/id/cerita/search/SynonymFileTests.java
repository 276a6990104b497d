package id.cerita.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import id.cerita.story.Audience;

/**
 * Every rule of the reviewed synonyms file works on a real node (each of its words finds the others, in the Indonesian
 * and the English search analyzer), and an administrator's reload changes what a query finds without a rebuild.
 */
class SynonymFileTests {

    private static final String ALIAS = "synonyms-" + UUID.randomUUID().toString().substring(0, 8);
    private static ElasticsearchClient client;
    private static StoryIndex index;

    @BeforeAll
    static void createIndex() throws IOException {
        client = TestSearchNode.client();
        index = new StoryIndex(client, TestSearchNode.properties(ALIAS), Clock.systemUTC());
        index.write(List.of(StoryDocuments.story("bengkel-las").title("Bengkel las di Palu")
            .body("Andi membuka bengkel las setelah pelatihan.").build()), List.of());
        index.refresh();
    }

    static Stream<String> rules() {
        return SynonymSet.shippedRules().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void eachWordOfTheRuleFindsEveryOther(String rule) throws IOException {
        List<String> words = Arrays.stream(rule.split(",")).map(String::strip).toList();
        assertThat(rule).as("a rule of alike words, no '=>'").doesNotContain("=>");
        assertThat(words).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates();
        for (String[] chain : new String[][] { { "id_search", "id_text" }, { "en_search", "en_text" } }) {
            for (String word : words) {
                List<String> expanded = tokens(chain[0], word);
                for (String other : words) {
                    assertThat(expanded).as("%s: '%s' reaches '%s'", chain[0], word, other)
                        .containsAll(tokens(chain[1], other));
                }
            }
        }
    }

    @Test
    void anAdministratorsReloadChangesTheAnswerWithoutARebuild(@TempDir Path folder) throws IOException {
        StorySearch search = TestSearchNode.search(index);
        StoryQuery query = StoryQuery.text("tukang besi");
        SearchScope press = new SearchScope.Outside(Audience.PRESS);
        assertThat(search.search(query, press).total()).isZero();
        java.util.Set<String> before = index.indicesBehindAlias();

        Path file = folder.resolve("synonyms.txt");
        Files.writeString(file, String.join("\n", SynonymSet.shippedRules()) + "\n# added by an editor\n"
                + "tukang besi, las\n");
        SearchSynonyms synonyms = new SearchSynonyms(client, TestSearchNode.properties(ALIAS), file);
        SearchSynonyms.Reloaded reloaded = synonyms.reload();

        assertThat(reloaded.rules()).isEqualTo(SynonymSet.shippedRules().size() + 1);
        assertThat(search.search(query, press).hits()).extracting(StoryResults.Hit::storyId)
            .containsExactly("bengkel-las");
        assertThat(index.indicesBehindAlias()).as("the same index, not rebuilt").isEqualTo(before);

        new SearchSynonyms(client, TestSearchNode.properties(ALIAS), null).reload();
        assertThat(search.search(query, press).total()).isZero();
    }

    private static List<String> tokens(String analyzer, String text) throws IOException {
        return client.indices().analyze(a -> a.index(ALIAS).analyzer(analyzer).text(text)).tokens().stream()
            .map(AnalyzeToken::token).toList();
    }
}

package id.cerita.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.synonyms.SynonymRule;

/**
 * The synonym rules of {@code search/synonyms.txt} as a synonyms set stored in the cluster (Synonyms API). The search
 * analyzers read the set, so {@code PUT _synonyms/<set>} changes what a query matches at once: Elasticsearch reloads
 * every analyzer that uses the set, no reindex. One set per alias, so indices of different aliases (tests, a second
 * installation on the same cluster) never share rules.
 */
final class SynonymSet {

    static final String FILE = "search/synonyms.txt";
    /** The set name in the checked-in definition; each alias's index gets its own. */
    static final String PLACEHOLDER = "cerita-synonyms";

    private SynonymSet() {
    }

    static String name(String alias) {
        return alias + "-synonyms";
    }

    /** Stores the shipped rules unless the set exists already (an admin may have reloaded others since). */
    static void ensure(ElasticsearchClient client, String set) throws IOException {
        try {
            client.synonyms().getSynonym(g -> g.id(set).size(1));
        } catch (ElasticsearchException e) {
            if (e.status() != 404) {
                throw e;
            }
            put(client, set, shippedRules());
        }
    }

    /** Replaces the set's rules; Elasticsearch reloads the search analyzers that use it before it answers. */
    static int put(ElasticsearchClient client, String set, List<String> rules) throws IOException {
        List<SynonymRule> parsed = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            String id = "r" + (i + 1);
            String rule = rules.get(i);
            parsed.add(SynonymRule.of(r -> r.id(id).synonyms(rule)));
        }
        client.synonyms().putSynonym(p -> p.id(set).synonymsSet(parsed));
        return parsed.size();
    }

    static List<String> shippedRules() {
        try (InputStream in = SynonymSet.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing on the class path: " + FILE);
            }
            return rules(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> rules(Path file) throws IOException {
        return rules(Files.readString(file));
    }

    /** The rule lines: comments and blank lines dropped. */
    static List<String> rules(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
}

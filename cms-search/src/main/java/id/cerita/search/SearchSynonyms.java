package id.cerita.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/**
 * Lets an administrator reload the synonyms into the running index: the rules of {@code cerita.search.synonyms-file}
 * (a file an operator may edit; empty = the reviewed {@code search/synonyms.txt} shipped with Cerita) replace the
 * cluster's synonyms set, and Elasticsearch reloads the search analyzers. No rebuild, no reindex.
 */
@Service
public class SearchSynonyms {

    private final ElasticsearchClient client;
    private final String set;
    private final Path file;

    SearchSynonyms(ElasticsearchClient client, SearchProperties properties,
            @Value("${cerita.search.synonyms-file:}") Path file) {
        this.client = client;
        this.set = SynonymSet.name(properties.index());
        this.file = file == null || file.toString().isBlank() ? null : file;
    }

    /** What a reload did: how many rules the set holds now, and where they came from. */
    public record Reloaded(int rules, String source) {
    }

    public Reloaded reload() throws IOException {
        List<String> rules = file == null ? SynonymSet.shippedRules() : SynonymSet.rules(file);
        int count = SynonymSet.put(client, set, rules);
        return new Reloaded(count, file == null ? SynonymSet.FILE : file.toString());
    }
}

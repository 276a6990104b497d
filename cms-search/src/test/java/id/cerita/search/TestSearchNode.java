package id.cerita.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import id.cerita.search.embedded.EmbeddedElasticsearch;

/**
 * One real embedded Elasticsearch node for all the tests of a test JVM (starting one costs seconds), in a fresh folder
 * under {@code target/}. It stops with the JVM. Each test class uses its own index alias so none sees another's data.
 */
public final class TestSearchNode {

    private static EmbeddedElasticsearch node;
    private static ElasticsearchClient client;

    private TestSearchNode() {
    }

    public static synchronized EmbeddedElasticsearch node() {
        if (node == null) {
            try {
                Path home = Files.createDirectories(Path.of("target", "test-elasticsearch"))
                    .resolve(UUID.randomUUID().toString());
                node = EmbeddedElasticsearch.start(home, 0, "512m", Duration.ofSeconds(240));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return node;
    }

    public static synchronized ElasticsearchClient client() {
        if (client == null) {
            client = SearchClientConfiguration.client(Rest5Client.builder(node().uri()).build());
        }
        return client;
    }

    /** The query service over {@code index} on the shared node, its facet labels the values themselves. */
    static StorySearch search(StoryIndex index) {
        return new StorySearch(client(), index, new FacetLabels(null, null, null) {
            @Override
            String label(String facet, String value) {
                return value;
            }
        }, Clock.systemUTC());
    }

    /** Properties for a unique alias on the shared node. */
    public static SearchProperties properties(String alias) {
        return new SearchProperties(List.of(node().uri()), null, null, null, null, alias,
                new SearchProperties.Embedded(null, 0, "384m", Duration.ofSeconds(180)));
    }

    /** For {@code @DynamicPropertySource}: use the shared node and a fresh alias. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("cerita.search.uris", () -> node().uri().toString());
        registry.add("cerita.search.index", () -> "stories-" + UUID.randomUUID().toString().substring(0, 8));
    }
}

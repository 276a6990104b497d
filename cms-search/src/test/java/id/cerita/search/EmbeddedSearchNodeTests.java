package id.cerita.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.cerita.search.SearchClientConfiguration.SearchCluster;

/**
 * Without a cluster URL the application starts a real Elasticsearch node in a child JVM, keeps its data under the
 * data folder and stops it with the application.
 */
class EmbeddedSearchNodeTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SearchProperties.class)
    @Import(SearchClientConfiguration.class)
    static class ClientOnly {
    }

    @Test
    void startsANodeUnderTheDataFolderWhenNoClusterIsConfiguredAndStopsItWithTheApplication(@TempDir Path dataDir)
            throws Exception {
        ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(ClientOnly.class)
            .withPropertyValues("cerita.data-dir=" + dataDir, "cerita.search.embedded.heap=256m");
        ProcessHandle[] child = new ProcessHandle[1];

        runner.run(context -> {
            SearchCluster cluster = context.getBean(SearchCluster.class);
            cluster.awaitReady(Duration.ofMinutes(3));
            ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
            assertThat(client.ping().value()).isTrue();
            assertThat(client.info().version().number()).isEqualTo("9.5.3");
            client.indices().create(c -> c.index("kept-across-restarts"));
            // facets are not rebuilt as per-value filter queries on every request (cms-search README)
            assertThat(client.cluster().getSettings(g -> g.includeDefaults(true).flatSettings(true)).defaults()
                .get("search.aggs.rewrite_to_filter_by_filter").to(String.class)).isEqualTo("false");

            assertThat(cluster.uris().getFirst().getHost()).isEqualTo("127.0.0.1");
            child[0] = ProcessHandle.of(cluster.embeddedNode().pid()).orElseThrow();
            assertThat(child[0].info().command().orElseThrow())
                .startsWith(ProcessHandle.current().info().command().orElseThrow().replace("/bin/java", ""));
            assertThat(Files.isDirectory(dataDir.resolve("elasticsearch/data"))).isTrue();
        });

        assertThat(child[0].isAlive()).as("the node's JVM stops with the application").isFalse();

        runner.run(context -> {
            context.getBean(SearchCluster.class).awaitReady(Duration.ofMinutes(3));
            ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
            assertThat(client.indices().exists(e -> e.index("kept-across-restarts")).value())
                .as("the data folder survives a restart").isTrue();
        });
    }
}

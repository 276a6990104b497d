package id.cerita.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import id.cerita.coretest.CoreTestApplication;
import id.cerita.search.embedded.EmbeddedElasticsearch;
import id.cerita.searchtest.SearchTestConfiguration;
import id.cerita.story.Story;
import id.cerita.story.StoryFixtures;
import id.cerita.testsupport.TestDatabases;

/**
 * The production index definition on a cluster of three nodes, as a ministry would run it: with three nodes its
 * {@code auto_expand_replicas: 0-1} gives every shard a replica. One node is killed (SIGKILL) while stories are
 * published and searched; publishing and searching go on through the other two, no story is lost, and when the node
 * comes back on its data folder the cluster is green again with all three.
 */
@SpringBootTest(classes = { CoreTestApplication.class, SearchTestConfiguration.class }, properties = {
        "cerita.search.catch-up-interval=500ms", "cerita.search.index=cluster-stories",
        "cerita.search.definition-check-delay=1h" })
class ElasticsearchClusterIntegrationTests {

    private static final String CLUSTER = "cerita-cluster-" + UUID.randomUUID().toString().substring(0, 8);
    private static final Path HOME = Path.of("target", "test-elasticsearch", CLUSTER);
    private static final List<Node> NODES = IntStream.rangeClosed(1, 3).mapToObj(Node::new).toList();
    private static final Duration GREEN = Duration.ofMinutes(3);
    private static final Logger log = LoggerFactory.getLogger(ElasticsearchClusterIntegrationTests.class);

    static {
        NODES.forEach(Node::launch);
        NODES.forEach(Node::awaitReady);
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
        registry.add("cerita.search.uris", () -> NODES.stream().map(n -> n.running.uri().toString())
            .collect(Collectors.joining(",")));
    }

    @AfterAll
    static void stopNodes() {
        NODES.forEach(n -> n.running.close());
    }

    @Test
    void losesNothingWhenANodeIsKilledDuringPublishingAndSearchingAndTurnsGreenWhenItReturns(
            @Autowired StoryFixtures fixtures, @Autowired ElasticsearchClient client, @Autowired StorySearch search,
            @Autowired IndexStatusService queue) throws Exception {
        List<Story> published = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            published.add(fixtures.aPublishedStory("Kedai kopi Sigi nomor " + i));
        }
        awaitFound(search, published.size());
        awaitHealth(client, HealthStatus.Green, 3);
        assertThat(replicas(client)).as("auto_expand_replicas on three nodes").isEqualTo(1L);

        AtomicBoolean publishing = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        AtomicInteger failedSearches = new AtomicInteger();
        CompletableFuture<Void> searching = CompletableFuture.runAsync(() -> {
            while (publishing.get()) {
                try {
                    search.search(StoryQuery.text("Sigi"), SearchScope.press());
                    searches.incrementAndGet();
                } catch (IOException | RuntimeException e) {
                    failedSearches.incrementAndGet();
                }
            }
        });

        Node killed = NODES.get(2);
        for (int i = 5; i < 25; i++) {
            published.add(fixtures.aPublishedStory("Kedai kopi Sigi nomor " + i));
            if (i == 10) {
                killed.kill();
            }
        }
        awaitFound(search, published.size());
        int searchesWhileDown = searches.get();
        awaitHealth(client, HealthStatus.Green, 2);

        long back = System.nanoTime();
        killed.launch();
        killed.awaitReady();
        awaitHealth(client, HealthStatus.Green, 3);
        log.info("Cluster test: {} stories published, 15 of them with a node killed; {} searches answered, {} failed; "
                + "green with three nodes {} ms after the killed node was started again", published.size(),
                searches.get(), failedSearches.get(), (System.nanoTime() - back) / 1_000_000);
        publishing.set(false);
        searching.get();

        for (Story story : published) {
            assertThat(client.exists(e -> e.index("cluster-stories").id(story.id().toString())).value())
                .as("story %s in the index", story.id()).isTrue();
        }
        assertThat(search.search(StoryQuery.text("Sigi"), SearchScope.press()).total()).isEqualTo(published.size());
        assertThat(queue.now().waiting()).as("nothing left waiting in the database queue").isZero();
        assertThat(searchesWhileDown).as("searches answered while publishing").isPositive();
        // the client retries a dead node's request on another: a kill costs at most the requests in flight on it
        assertThat(failedSearches.get()).as("searches failed of %d", searches.get()).isLessThanOrEqualTo(2);
    }

    private static void awaitFound(StorySearch search, int count) {
        await().atMost(GREEN).pollInterval(Duration.ofMillis(300)).ignoreExceptions()
            .until(() -> search.search(StoryQuery.text("Sigi"), SearchScope.press()).total() == count);
    }

    private static void awaitHealth(ElasticsearchClient client, HealthStatus status, int nodes) {
        await().atMost(GREEN).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
            HealthResponse health = client.cluster().health(h -> h.index("cluster-stories"));
            return health.status() == status && health.numberOfNodes() == nodes
                    && health.unassignedShards() == 0 && health.relocatingShards() == 0;
        });
    }

    /** Replicas per primary shard, as allocated now. */
    private static long replicas(ElasticsearchClient client) throws IOException {
        var shards = client.cat().shards(s -> s.index("cluster-stories")).shards();
        long primaries = shards.stream().filter(shard -> "p".equals(shard.prirep())).count();
        return shards.stream().filter(shard -> "r".equals(shard.prirep())).count() / primaries;
    }

    /** One of the three nodes: its own data folder, HTTP and transport ports, the same seeds and masters. */
    private static final class Node {

        private final String name;
        private final Path home;
        private final int http;
        private final int transport;
        private EmbeddedElasticsearch running;

        Node(int number) {
            this.name = "node-" + number;
            this.home = HOME.resolve(name);
            try {
                this.http = EmbeddedElasticsearch.freePort();
                this.transport = EmbeddedElasticsearch.freePort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        void launch() {
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("cluster.name", CLUSTER);
            settings.put("node.name", name);
            settings.put("transport.port", Integer.toString(transport));
            settings.put("discovery.seed_hosts", NODES.stream().map(n -> "127.0.0.1:" + n.transport)
                .collect(Collectors.joining(",")));
            settings.put("cluster.initial_master_nodes", NODES.stream().map(n -> n.name)
                .collect(Collectors.joining(",")));
            try {
                Files.createDirectories(home);
                running = EmbeddedElasticsearch.launch(home, http, "256m", settings);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        void awaitReady() {
            try {
                running.awaitReady(Duration.ofMinutes(3));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** SIGKILL: no shard flush, no goodbye to the cluster, as when a machine dies. */
        void kill() {
            ProcessHandle.of(running.pid()).ifPresent(ProcessHandle::destroyForcibly);
            await().atMost(Duration.ofSeconds(30)).until(() -> !running.isRunning());
            running.close();
        }
    }
}

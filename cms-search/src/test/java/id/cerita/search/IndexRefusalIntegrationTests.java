package id.cerita.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.cerita.coretest.CoreTestApplication;
import id.cerita.searchtest.SearchTestConfiguration;
import id.cerita.story.Story;
import id.cerita.story.StoryFixtures;
import id.cerita.testsupport.TestDatabases;

/**
 * A cluster that answers but refuses the writes (here: its index is closed) is not an outage: each story is tried on
 * its own, kept in the queue with the reason, retried with back-off, and indexed once the cluster takes it again.
 */
@SpringBootTest(classes = { CoreTestApplication.class, SearchTestConfiguration.class },
        properties = "cerita.search.catch-up-interval=500ms")
class IndexRefusalIntegrationTests {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
        TestSearchNode.register(registry);
    }

    @Test
    void keepsARefusedStoryQueuedWithTheReasonAndIndexesItOnceTheClusterTakesItAgain(
            @Autowired StoryFixtures fixtures, @Autowired IndexStatusService status, @Autowired StoryIndex index,
            @Autowired ElasticsearchClient client) throws Exception {
        fixtures.aPublishedStory("Perajin batik dari Jambi");
        await().atMost(Duration.ofMinutes(2)).until(() -> status.now().waiting() == 0);
        String concrete = index.indicesBehindAlias().iterator().next();

        client.indices().close(c -> c.index(concrete));
        Story refused;
        try {
            refused = fixtures.aPublishedStory("Toko bunga di Lubuklinggau");
            await().atMost(Duration.ofMinutes(1)).until(() -> status.now().retrying() > 0);
            IndexStatus waiting = status.now();
            assertThat(waiting.waiting()).isPositive();
            assertThat(waiting.lastError()).isNotBlank();
            assertThat(waiting.oldestWaitingSince()).isNotNull();
        }
        finally {
            client.indices().open(o -> o.index(concrete));
        }

        await().atMost(Duration.ofMinutes(1)).until(() -> status.now().waiting() == 0);
        index.refresh();
        assertThat(client.exists(e -> e.index(index.alias()).id(refused.id().toString())).value()).isTrue();
    }
}

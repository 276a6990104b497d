package id.cerita.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import id.cerita.coretest.CoreTestApplication;
import id.cerita.search.embedded.EmbeddedElasticsearch;
import id.cerita.searchtest.SearchTestConfiguration;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.story.StoryContent;
import id.cerita.story.StoryFixtures;
import id.cerita.testsupport.TestDatabases;
import id.cerita.user.Role;

/**
 * Story events reach the index through the database queue; while Elasticsearch is down editing goes on and the index catches
 * up once it is back. Runs its own node (the shared one must not be stopped) at a fixed address, like a cluster.
 */
@SpringBootTest(classes = { CoreTestApplication.class, SearchTestConfiguration.class }, properties = {
        "cerita.search.catch-up-interval=500ms" })
class StoryIndexingIntegrationTests {

    private static final Path HOME = Path.of("target", "test-elasticsearch", "outage-" + UUID.randomUUID());
    private static final int PORT = freePort();
    private static EmbeddedElasticsearch node = startNode();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
        registry.add("cerita.search.uris", () -> "http://127.0.0.1:" + PORT);
        registry.add("cerita.search.index", () -> "outage-stories");
    }

    @AfterAll
    static void stopNode() {
        node.close();
    }

    @Test
    void indexesPublishedStoriesAndCatchesUpWithEditsMadeWhileElasticsearchWasDown(@Autowired StoryFixtures fixtures,
            @Autowired Stories stories, @Autowired ElasticsearchClient client, @Autowired IndexStatusService status)
            throws IOException {
        Story story = fixtures.aPublishedStory("Penata rias dari Gorontalo");
        String id = story.id().toString();
        await().atMost(Duration.ofMinutes(3)).until(() -> title(client, id), "Penata rias dari Gorontalo"::equals);

        node.close();
        StoryContent correction = renamed(fixtures.content("x"), "Penata rias dari Gorontalo kini punya salon");
        Story edited = StoryFixtures.as(StoryFixtures.WRITER, Role.WRITER, () -> stories.save(story.id(),
                stories.require(story.id()).version(), correction, StoryFixtures.WRITER));
        StoryFixtures.as(StoryFixtures.WRITER, Role.WRITER, () -> stories.submit(edited.id(), StoryFixtures.WRITER));
        StoryFixtures.as(StoryFixtures.EDITOR, Role.EDITOR, () -> stories.approve(edited.id(), StoryFixtures.EDITOR));
        StoryFixtures.as(StoryFixtures.EDITOR, Role.EDITOR, () -> stories.publish(edited.id(), StoryFixtures.EDITOR));
        Story draft = fixtures.aDraft("Draf yang ditulis saat indeks mati");
        assertThat(status.now().waiting()).as("edits made while the index is down wait in the database").isPositive();

        node = startNode();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
            .until(() -> title(client, id), "Penata rias dari Gorontalo kini punya salon"::equals);
        await().atMost(Duration.ofSeconds(30))
            .until(() -> client.exists(e -> e.index("outage-stories").id(draft.id() + "~working")).value());
        assertThat(client.exists(e -> e.index("outage-stories").id(draft.id().toString())).value())
            .as("a draft has no published document").isFalse();
        await().atMost(Duration.ofSeconds(30)).until(() -> status.now().waiting() == 0);
    }

    private static StoryContent renamed(StoryContent content, String title) {
        return new StoryContent(content.language(), title, null, content.summary(), content.body(),
                content.alumnusId(), content.regionCode(), null, content.courseIds(), content.themeCodes(),
                content.quotes(), content.outcomes(), content.sources());
    }

    private static String title(ElasticsearchClient client, String id) {
        try {
            GetResponse<StoryDocument> response = client.get(g -> g.index("outage-stories").id(id),
                    StoryDocument.class);
            return response.found() ? response.source().title() : null;
        } catch (IOException | RuntimeException unavailable) {
            return null;
        }
    }

    private static EmbeddedElasticsearch startNode() {
        try {
            Files.createDirectories(HOME);
            return EmbeddedElasticsearch.start(HOME, PORT, "512m", Duration.ofMinutes(3));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}

package id.cerita.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonData;
import id.cerita.coretest.CoreTestApplication;
import id.cerita.searchtest.SearchTestConfiguration;
import id.cerita.story.StoryFixtures;
import id.cerita.testsupport.TestDatabases;

/** A full rebuild fills a new index from the database and swaps the alias while queries keep answering. */
@SpringBootTest(classes = { CoreTestApplication.class, SearchTestConfiguration.class }, properties = {
        "cerita.search.catch-up-interval=1s" })
class IndexRebuildIntegrationTests {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
        TestSearchNode.register(registry);
    }

    @Test
    void rebuildsIntoANewIndexAndSwapsTheAliasWhileQueriesKeepAnswering(@Autowired StoryFixtures fixtures,
            @Autowired IndexRebuild rebuild, @Autowired StorySearch search, @Autowired StoryIndex index,
            @Autowired ElasticsearchClient client) throws Exception {
        for (int i = 0; i < 3; i++) {
            fixtures.aPublishedStory("Perajin rotan nomor " + i);
        }
        StoryQuery rotan = StoryQuery.text("perajin rotan");
        SearchScope press = new SearchScope.Outside(id.cerita.story.Audience.PRESS);
        await().atMost(Duration.ofMinutes(3)).until(() -> search.search(rotan, press).total() == 3);
        Set<String> before = index.indicesBehindAlias();

        AtomicBoolean rebuilding = new AtomicBoolean(true);
        List<Long> totals = new CopyOnWriteArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            while (rebuilding.get()) {
                try {
                    totals.add(search.search(rotan, press).total());
                } catch (Exception | AssertionError e) {
                    failures.add(e);
                }
            }
        });
        reader.start();
        IndexRebuild.RebuildProgress progress = rebuild.runNow();
        rebuilding.set(false);
        reader.join(30_000);

        assertThat(progress.state()).isEqualTo(IndexRebuild.RebuildProgress.State.DONE);
        assertThat(progress.done()).isEqualTo(progress.total()).isGreaterThanOrEqualTo(3);
        assertThat(failures).as("queries during the rebuild").isEmpty();
        assertThat(totals).isNotEmpty().allMatch(total -> total == 3);
        assertThat(index.indicesBehindAlias()).hasSize(1).doesNotContainAnyElementsOf(before);
        assertThat(search.search(rotan, press).total()).isEqualTo(3);
        // the bulk load turned refresh off for the new index; live, it must be back on the default
        String live = index.indicesBehindAlias().iterator().next();
        assertThat(client.indices().getSettings(g -> g.index(live)).get(live).settings().index().refreshInterval())
            .isNull();
    }

    @Test
    void rebuildsByItselfAnIndexMadeFromAnOlderDefinition(@Autowired StoryFixtures fixtures,
            @Autowired IndexRebuild rebuild, @Autowired StoryIndex index, @Autowired ElasticsearchClient client)
            throws Exception {
        fixtures.aPublishedStory("Perajin bambu dari Bangli");
        await().atMost(Duration.ofMinutes(3)).until(() -> !index.indicesBehindAlias().isEmpty());
        String old = index.indicesBehindAlias().iterator().next();
        client.indices().putMapping(m -> m.index(old).meta(StoryIndex.DEFINITION_VERSION, JsonData.of(1)));
        assertThat(index.outdated()).isTrue();

        rebuild.rebuildIfOutdated();

        await().atMost(Duration.ofMinutes(3)).until(() -> !rebuild.progress().running());
        assertThat(rebuild.progress().state()).isEqualTo(IndexRebuild.RebuildProgress.State.DONE);
        assertThat(index.indicesBehindAlias()).hasSize(1).doesNotContain(old);
        assertThat(index.outdated()).isFalse();
    }

}

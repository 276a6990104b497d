package id.cerita.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.IndexSettings;

class BulkLoadTests {

    private final ElasticsearchClient client = TestSearchNode.client();

    @Test
    void loadsWithoutRefreshesOrPerRequestSyncsAndRestoresBothWhenClosed() throws IOException {
        StoryIndex index = new StoryIndex(client, TestSearchNode.properties("bulk-" + UUID.randomUUID()
            .toString().substring(0, 8)), Clock.systemUTC());
        index.ensureExists();
        String target = index.indicesBehindAlias().iterator().next();

        try (BulkLoad load = index.bulkLoad(target, 2)) {
            load.write(List.of(StoryDocuments.story("bulk-satu").build(), StoryDocuments.story("bulk-dua").build()),
                    List.of());
            IndexSettings during = settings(target);
            assertThat(during.refreshInterval().time()).isEqualTo("-1");
            assertThat(during.translog().durability().jsonValue()).isEqualTo("async");
        }

        IndexSettings after = settings(target);
        assertThat(after.refreshInterval()).isNull();
        assertThat(after.translog() == null || after.translog().durability() == null).isTrue();
        assertThat(client.count(c -> c.index(target)).count()).isEqualTo(2);
    }

    private IndexSettings settings(String target) throws IOException {
        return client.indices().getSettings(g -> g.index(target)).get(target).settings().index();
    }
}

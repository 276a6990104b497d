package id.cerita.search;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.cerita.search.SearchClientConfiguration.SearchCluster;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * While Elasticsearch is unreachable, index updates stay in the event publication registry as incomplete. Every few
 * seconds this checks the cluster; when it answers, it makes sure the index exists and resubmits the search module's
 * incomplete publications, so the index catches up with every edit made meanwhile.
 */
@Component
class SearchCatchUp {

    private static final Logger log = LoggerFactory.getLogger(SearchCatchUp.class);
    private static final String LISTENER = StoryIndexing.class.getName();

    private final SearchCluster cluster;
    private final ElasticsearchClient client;
    private final StoryIndex index;
    private final ObjectProvider<IncompleteEventPublications> publications;
    private final AtomicBoolean available = new AtomicBoolean();

    SearchCatchUp(SearchCluster cluster, ElasticsearchClient client, StoryIndex index,
            ObjectProvider<IncompleteEventPublications> publications) {
        this.cluster = cluster;
        this.client = client;
        this.index = index;
        this.publications = publications;
    }

    @Scheduled(initialDelayString = "${cerita.search.catch-up-delay:1s}",
            fixedDelayString = "${cerita.search.catch-up-interval:15s}")
    void catchUp() {
        if (!reachable()) {
            if (available.getAndSet(false)) {
                log.warn("Elasticsearch is unreachable; index updates wait in the outbox until it is back");
            }
            return;
        }
        try {
            if (!available.getAndSet(true)) {
                index.ensureExists();
                log.info("Elasticsearch is reachable; resubmitting index updates that waited in the outbox");
            }
            publications.ifAvailable(p -> p.resubmitIncompletePublications(ResubmissionOptions.defaults()
                .withMinAge(Duration.ofSeconds(2)).withFilter(SearchCatchUp::isOurs)));
        } catch (IOException | RuntimeException e) {
            available.set(false);
            log.warn("Search catch-up failed, retrying later: {}", e.toString());
        }
    }

    private boolean reachable() {
        if (cluster.embeddedNode() != null && !cluster.embeddedNode().isReady()) {
            return false;
        }
        try {
            return client.ping().value();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean isOurs(EventPublication publication) {
        return publication instanceof TargetEventPublication target
                && target.getTargetIdentifier().getValue().startsWith(LISTENER);
    }
}

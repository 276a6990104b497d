package id.cerita.ops;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.cerita.search.IndexStatus;
import id.cerita.search.IndexStatusService;
import id.cerita.search.StoryIndex;

/**
 * The search node as readiness sees it. A node that does not answer is {@link #DEGRADED}, not DOWN: the database is
 * the truth, writers keep saving and the index catches up afterwards, so a search outage must not take every
 * instance out of the load balancer (readiness maps DEGRADED to 200; only the details say it).
 */
@Component("search")
class SearchHealth implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "search is unavailable; edits go on and are indexed later");

    private final ElasticsearchClient client;
    private final StoryIndex index;
    private final IndexStatusService queue;

    SearchHealth(ElasticsearchClient client, StoryIndex index, IndexStatusService queue) {
        this.client = client;
        this.index = index;
        this.queue = queue;
    }

    @Override
    public Health health() {
        IndexStatus status = queue.now();
        Health.Builder health;
        try {
            health = client.ping().value() ? Health.up() : Health.status(DEGRADED);
        }
        catch (IOException | RuntimeException e) {
            health = Health.status(DEGRADED).withDetail("error", e.getClass().getSimpleName());
        }
        health.withDetail("alias", index.alias()).withDetail("waiting", status.waiting())
            .withDetail("retrying", status.retrying());
        if (status.oldestWaitingSince() != null) {
            health.withDetail("oldestWaitingSeconds",
                    Duration.between(status.oldestWaitingSince(), Instant.now()).toSeconds());
        }
        return health.build();
    }
}

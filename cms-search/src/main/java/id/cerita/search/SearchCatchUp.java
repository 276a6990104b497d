package id.cerita.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import id.cerita.common.StoryId;
import id.cerita.search.IndexQueue.Request;
import id.cerita.search.SearchClientConfiguration.SearchCluster;

/**
 * Works off {@link IndexQueue}: woken after every committed change, and every few seconds in case a wake-up was missed
 * or Elasticsearch was away. While the cluster is unreachable requests simply wait; a document the cluster refuses is
 * retried on its own with back-off, so one bad story never holds up the others.
 */
@Component
class SearchCatchUp implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchCatchUp.class);
    private static final int BATCH = 200;

    private final SearchCluster cluster;
    private final ElasticsearchClient client;
    private final StoryIndex index;
    private final StoryIndexer indexer;
    private final IndexQueue queue;
    private final TransactionTemplate transactions;
    private final TransactionTemplate reads;
    // One thread of its own, not Boot's task executor: passes must never overlap (a queue entry is read, written and
    // marked done by one pass), and a daemon so that shutdown does not wait for a slow cluster.
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "search-catch-up");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicBoolean available = new AtomicBoolean();
    /** Stories in one pass from which the index is merged afterwards, as a rebuild's is (StoryIndex#startMergingLive). */
    private final int mergeAfter;

    SearchCatchUp(SearchCluster cluster, ElasticsearchClient client, StoryIndex index, StoryIndexer indexer,
            IndexQueue queue, PlatformTransactionManager transactionManager,
            @Value("${cerita.search.merge-after:10000}") int mergeAfter) {
        this.mergeAfter = mergeAfter;
        this.cluster = cluster;
        this.client = client;
        this.index = index;
        this.indexer = indexer;
        this.queue = queue;
        this.transactions = new TransactionTemplate(transactionManager);
        // a story that fails to read rolls back only its own read, never the batch that holds the lock
        this.reads = new TransactionTemplate(transactionManager);
        reads.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        reads.setReadOnly(true);
    }

    /** Asks for a pass over the queue soon; wake-ups while one is waiting to run fold into it. */
    void wake() {
        if (queued.compareAndSet(false, true)) {
            try {
                worker.execute(this::pass);
            } catch (RejectedExecutionException shuttingDown) {
                queued.set(false);
            }
        }
    }

    @Scheduled(initialDelayString = "${cerita.search.catch-up-delay:1s}",
            fixedDelayString = "${cerita.search.catch-up-interval:5s}")
    void tick() {
        wake();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    @SchedulerLock(name = "search-queue-purge", lockAtMostFor = "PT30M")
    void purge() {
        queue.purgeDone();
    }

    private void pass() {
        queued.set(false);
        try {
            if (!reachable()) {
                if (available.getAndSet(false)) {
                    log.warn("Elasticsearch is unreachable; index updates wait in the database until it is back");
                }
                return;
            }
            if (!available.getAndSet(true)) {
                if (index.ensureExists()) {
                    // an empty index over a database that may hold stories (a restore, a new cluster, another
                    // index name): the index is derived, so it is filled from the database like any catch-up
                    log.info("New search index: {} stories queued from the database", queue.requestAll());
                }
                log.info("Elasticsearch is reachable; indexing what changed meanwhile ({} waiting)", queue.open());
            }
            int stories = 0;
            Integer done;
            while ((done = transactions.execute(status -> batch())) != null && done > 0) {
                stories += done; // until the queue holds nothing due
            }
            if (stories >= mergeAfter) {
                log.info("Caught up with {} stories; merging the search index into one segment", stories);
                index.startMergingLive();
            }
        } catch (IOException | RuntimeException e) {
            available.set(false);
            log.warn("Search catch-up stopped, retrying shortly: {}", e.toString());
        }
    }

    /** One batch under the shared lock: how many stories it indexed (0: nothing was due). */
    private int batch() {
        queue.lock();
        List<Request> due = queue.due(BATCH);
        if (due.isEmpty()) {
            return 0;
        }
        Map<StoryId, List<Request>> byStory = new LinkedHashMap<>();
        due.forEach(r -> byStory.computeIfAbsent(r.storyId(), id -> new ArrayList<>()).add(r));
        try {
            reindex(byStory.keySet());
            queue.done(due.stream().map(Request::id).toList());
            return byStory.size();
        } catch (RuntimeException batchFailed) {
            if (!reachable()) {
                throw new IllegalStateException("Elasticsearch went away during a batch", batchFailed);
            }
        }
        // the cluster answers but refused something: find out which story, and let the rest through
        byStory.forEach((storyId, requests) -> {
            try {
                reindex(List.of(storyId));
                queue.done(requests.stream().map(Request::id).toList());
            } catch (RuntimeException refused) {
                log.warn("Story {} could not be indexed, retrying later: {}", storyId, refused.toString());
                requests.forEach(r -> queue.retryLater(r, refused.toString()));
            }
        });
        return byStory.size();
    }

    private void reindex(Collection<StoryId> storyIds) {
        reads.executeWithoutResult(status -> {
            try {
                indexer.reindex(storyIds);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
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

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}

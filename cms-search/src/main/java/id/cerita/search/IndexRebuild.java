package id.cerita.search;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import id.cerita.common.StoryId;
import id.cerita.story.StoryFilter;
import id.cerita.story.StoryListing;
import id.cerita.story.StoryPage;
import id.cerita.story.StorySummary;
import id.cerita.common.ProgrammeZone;

/**
 * Rebuilds the index from the database without downtime: a new index is filled while queries keep reading the old
 * one through the alias, updates made meanwhile go to both, and the alias moves to the new index in one atomic step.
 */
@Service
public class IndexRebuild implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);
    private static final int BATCH = 100;
    /** Bulk requests running while the next batch is read from the database (bench/results/search.md). */
    private static final int IN_FLIGHT = 2;

    private final StoryListing listing;
    private final StoryIndexer indexer;
    private final StoryIndex index;
    private final IndexQueue queue;
    private final SearchCatchUp catchUp;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "search-rebuild"));
    private final AtomicReference<RebuildProgress> progress = new AtomicReference<>(RebuildProgress.idle());

    IndexRebuild(StoryListing listing, StoryIndexer indexer, StoryIndex index, IndexQueue queue,
            SearchCatchUp catchUp, Clock clock) {
        this.listing = listing;
        this.indexer = indexer;
        this.index = index;
        this.queue = queue;
        this.catchUp = catchUp;
        this.clock = clock;
    }

    /** Starts a rebuild in the background unless one is running; returns the progress either way. */
    public synchronized RebuildProgress start() {
        if (progress.get().running()) {
            return progress.get();
        }
        progress.set(RebuildProgress.started(clock.instant()));
        worker.execute(this::runQuietly);
        return progress.get();
    }

    /**
     * Every night: what changes with the calendar rather than with an event (a consent that expires, names of regions
     * or courses copied into the text fields) is brought up to date.
     */
    @Scheduled(cron = "${cerita.search.rebuild-cron:0 30 2 * * *}", zone = ProgrammeZone.NAME)
    @SchedulerLock(name = "search-nightly-rebuild", lockAtMostFor = "PT2H", lockAtLeastFor = "PT1M")
    void nightly() {
        start();
    }

    /**
     * Soon after start-up, and now and then: an index made from an older definition (an upgrade changed the mappings)
     * is rebuilt, and queries read the old one until the new one is complete. An unreachable cluster waits for the
     * next check.
     */
    @Scheduled(initialDelayString = "${cerita.search.definition-check-delay:15s}", fixedDelayString = "PT10M")
    @SchedulerLock(name = "search-definition-check", lockAtMostFor = "PT2H")
    void rebuildIfOutdated() {
        try {
            if (!progress.get().running() && index.outdated()) {
                log.info("The search index was made from an older definition; rebuilding it");
                start();
            }
        } catch (IOException | RuntimeException e) {
            log.debug("Could not check the search index definition: {}", e.toString());
        }
    }

    /** Rebuilds now, in the caller's thread (the command line). */
    public RebuildProgress runNow() throws IOException {
        synchronized (this) {
            if (progress.get().running()) {
                throw new IllegalStateException("a rebuild is already running");
            }
            progress.set(RebuildProgress.started(clock.instant()));
        }
        run();
        return progress.get();
    }

    public RebuildProgress progress() {
        return progress.get();
    }

    private void runQuietly() {
        try {
            run();
        } catch (IOException | RuntimeException e) {
            log.error("Search index rebuild failed; queries still read the previous index", e);
        }
    }

    private void run() throws IOException {
        String target = null;
        Instant started = clock.instant();
        try {
            target = index.createIndex();
            index.startMirroringTo(target);
            List<StoryId> ids = allStoryIds();
            progress.updateAndGet(p -> p.planned(ids.size()));
            try (BulkLoad load = index.bulkLoad(target, IN_FLIGHT)) {
                for (int from = 0; from < ids.size(); from += BATCH) {
                    List<StoryId> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
                    indexer.write(load, batch);
                    progress.updateAndGet(p -> p.advanced(batch.size()));
                }
            }
            // a batch may have read a story just before an edit that was indexed meanwhile: write those again
            List<StoryId> changed = queue.requestedSince(started);
            indexer.write(target, changed);
            index.refresh(target);
            index.mergeSegments(target);
            index.swapTo(target);
            // an application instance that does not know of this rebuild wrote only to the old index: catch up
            queue.request(changed);
            catchUp.wake();
            String done = target;
            progress.updateAndGet(p -> p.finished(done, clock.instant()));
            log.info("Search index rebuilt: {} stories in {}", ids.size(), target);
        } catch (IOException | RuntimeException e) {
            progress.updateAndGet(p -> p.failed(e.toString(), clock.instant()));
            if (target != null) {
                index.dropQuietly(target);
            }
            throw e;
        } finally {
            index.stopMirroring();
        }
    }

    private List<StoryId> allStoryIds() {
        Set<StoryId> ids = new LinkedHashSet<>();
        StoryPage page = listing.page(StoryFilter.none(), 0, StoryListing.MAX_PAGE_SIZE);
        page.items().stream().map(StorySummary::id).forEach(ids::add);
        while (page.hasNext()) {
            page = listing.page(StoryFilter.none(), page.page() + 1, StoryListing.MAX_PAGE_SIZE);
            page.items().stream().map(StorySummary::id).forEach(ids::add);
        }
        return new ArrayList<>(ids);
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }

    /** Where a rebuild stands. */
    public record RebuildProgress(State state, int total, int done, Instant startedAt, Instant finishedAt,
            String index, String error) {

        public enum State {
            IDLE, RUNNING, DONE, FAILED
        }

        static RebuildProgress idle() {
            return new RebuildProgress(State.IDLE, 0, 0, null, null, null, null);
        }

        static RebuildProgress started(Instant at) {
            return new RebuildProgress(State.RUNNING, 0, 0, at, null, null, null);
        }

        public boolean running() {
            return state == State.RUNNING;
        }

        public int percent() {
            return total == 0 ? (state == State.DONE ? 100 : 0) : (int) (100L * done / total);
        }

        RebuildProgress planned(int stories) {
            return new RebuildProgress(state, stories, 0, startedAt, null, null, null);
        }

        RebuildProgress advanced(int stories) {
            return new RebuildProgress(state, total, done + stories, startedAt, null, null, null);
        }

        RebuildProgress finished(String newIndex, Instant at) {
            return new RebuildProgress(State.DONE, total, done, startedAt, at, newIndex, null);
        }

        RebuildProgress failed(String reason, Instant at) {
            return new RebuildProgress(State.FAILED, total, done, startedAt, at, null, reason);
        }
    }
}

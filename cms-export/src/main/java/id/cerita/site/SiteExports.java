package id.cerita.site;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import net.javacrumbs.shedlock.core.ExtensibleLockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;

import id.cerita.audit.AuditLog;
import id.cerita.common.SystemActor;
import id.cerita.impact.ImpactReports;
import id.cerita.site.SiteExportProgress.State;
import id.cerita.site.internal.Builds;
import id.cerita.story.Audience;
import id.cerita.story.StoryDetails;
import id.cerita.story.StoryReader;

/**
 * Exports the public site: reads what the public may see through {@link StoryReader#published} (the one visibility
 * rule), hands it to the {@link SiteBuilder} and keeps the progress for the editor's page. Exports run one at a time
 * on a single worker thread; publishing events are debounced into one incremental export.
 *
 * <p>With several instances on one database and one shared output folder, a build also takes the {@value #LOCK} lock
 * (ShedLock, the scheduler's provider) and requests are numbered in the database ({@link SiteExportTickets}): a
 * request that a build begun after it has covered, on any instance, is done without building again. Requests made on
 * two instances at once give one build.
 */
@Service
public class SiteExports implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SiteExports.class);
    static final String LOCK = "site-export";
    // a running build extends its lock every half of this, so an instance killed mid-build holds it at most this long
    private static final Duration LOCK_AT_MOST = Duration.ofMinutes(1);
    // how long a request waits for other instances' builds before giving up: a 50,000-story export from cold, twice
    private static final Duration WAIT_AT_MOST = Duration.ofMinutes(30);
    private static final Duration WAIT_STEP = Duration.ofMillis(500);
    // Boot's graceful shutdown waits 30 s for requests; an export gets as long again
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(30);

    private final StoryReader reader;
    private final SiteBylines bylines;
    private final SiteBuilder builder;
    private final SiteProperties properties;
    private final AuditLog audit;
    private final ImpactReports impact;
    private final SiteExportTickets tickets;
    private final ObjectProvider<LockProvider> locks;
    // Its own single thread, not Boot's task executor: exports must run one at a time (each reuses the last build's
    // files), and an export of minutes must not hold a thread of the pool that serves @Async and the event listeners.
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("site-export").factory());
    // the debounce of automatic exports after edits: one daemon thread that only hands work to the worker
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("site-export-timer").daemon().factory());
    private final AtomicReference<SiteExportProgress> progress;
    // the last build this instance finished, for a request that it covered while that request waited
    private final AtomicReference<SiteExportProgress> lastFinished = new AtomicReference<>();
    private ScheduledFuture<?> pending;
    // exports waiting behind the running one: while any wait, the page must not say "done" for an older build
    private final AtomicInteger waiting = new AtomicInteger();

    SiteExports(StoryReader reader, SiteBylines bylines, SiteBuilder builder, SiteProperties properties,
            AuditLog audit, ImpactReports impact, SiteExportTickets tickets, ObjectProvider<LockProvider> locks) {
        this.reader = reader;
        this.tickets = tickets;
        this.locks = locks;
        this.impact = impact;
        this.audit = audit;
        this.bylines = bylines;
        this.builder = builder;
        this.properties = properties;
        this.progress = new AtomicReference<>(SiteExportProgress.idle(currentBuild()));
    }

    public SiteExportProgress progress() {
        return progress.get();
    }

    /** Queues an export and returns at once; the future completes with what the build did. */
    public CompletableFuture<SiteBuildReport> start() {
        long ticket = tickets.request();
        waiting.incrementAndGet();
        progress.updateAndGet(p -> p.state() == State.RUNNING ? p
                : new SiteExportProgress(State.QUEUED, 0, 0, p.build(), null, 0, 0));
        return CompletableFuture.supplyAsync(() -> run(ticket), worker);
    }

    /** Exports now, on the caller's thread after any export already under way. */
    public SiteBuildReport exportNow() {
        return start().join();
    }

    /** Something public changed: export once things have been quiet for the debounce interval. */
    synchronized void changed() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = timer.schedule(this::startAutomatically, properties.debounceMillis(), TimeUnit.MILLISECONDS);
    }

    /** No site yet (a first start, a restore into an empty data folder): export it, as a publication would. */
    @EventListener(ApplicationReadyEvent.class)
    void exportIfMissing() {
        if (properties.exportWhenMissing() && new Builds(properties.outputDir()).current().isEmpty()) {
            log.info("No public site in {} yet: exporting it", properties.outputDir());
            startAutomatically();
        }
    }

    /** An export nobody clicked: the audit log says Cerita started it, as it says who clicked the others. */
    private void startAutomatically() {
        audit.append(SystemActor.NAME, "site.export-automatic", "site", "site", null);
        start();
    }

    private SiteBuildReport run(long ticket) {
        waiting.decrementAndGet();
        Instant deadline = Instant.now().plus(WAIT_AT_MOST);
        while (true) {
            if (tickets.covered(ticket)) {
                return coveredElsewhere();
            }
            Optional<SimpleLock> lock = lock();
            if (lock.isPresent()) {
                try {
                    if (tickets.covered(ticket)) {
                        return coveredElsewhere();
                    }
                    // read before the stories: every request up to it sees what this build reads
                    long upTo = tickets.newest();
                    SiteBuildReport report = build();
                    tickets.built(upTo);
                    return report;
                } finally {
                    lock.get().unlock();
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("other instances have held the site export lock for " + WAIT_AT_MOST);
            }
            // another instance is building: wait for it, then see whether its build covered this request
            progress.updateAndGet(p -> p.state() == State.QUEUED ? p
                    : new SiteExportProgress(State.QUEUED, 0, 0, p.build(), null, 0, 0));
            sleep();
        }
    }

    private Optional<SimpleLock> lock() {
        LockProvider provider = locks.getIfAvailable();
        if (!(provider instanceof ExtensibleLockProvider extensible)) {
            // one process (the export's own tests): the single worker thread is the lock
            return Optional.of(() -> { });
        }
        return new KeepAliveLockProvider(extensible, timer)
            .lock(new LockConfiguration(Instant.now(), LOCK, LOCK_AT_MOST, Duration.ZERO));
    }

    /** A build on another instance (or an earlier one here) began after this request: its site is the answer. */
    private SiteBuildReport coveredElsewhere() {
        Optional<Path> current = new Builds(properties.outputDir()).current();
        Path build = current.orElse(properties.outputDir());
        String name = current.map(Path::getFileName).map(Path::toString).orElse(null);
        if (waiting.get() == 0) {
            // when the build that covered it finished here, say so ("done, build N"), not a bare "ready"
            SiteExportProgress last = lastFinished.get();
            progress.set(last != null && Objects.equals(last.build(), name) ? last : SiteExportProgress.idle(name));
        }
        log.info("Site export request already covered by build {}", build.getFileName());
        return new SiteBuildReport(build, List.of(), List.of(), SiteBuildReport.SearchIndexing.REUSED, 0);
    }

    private static void sleep() {
        try {
            Thread.sleep(WAIT_STEP);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for another instance's site export", e);
        }
    }

    private SiteBuildReport build() {
        try {
            long started = System.nanoTime();
            // the build the site shows until this one goes live: read once, not once per file written (three file
            // system calls each, 14,000 times over for 10,000 stories: bench/results/export.md)
            String live = currentBuild();
            progress.set(new SiteExportProgress(State.RUNNING, 0, 0, live, null, 0, 0));
            List<StoryDetails> stories = reader.publishedAll(reader.liveStoryIds(), Audience.PUBLIC_SITE);
            long read = System.nanoTime();
            Map<String, String> names = new ConcurrentHashMap<>();
            SiteInput input = new SiteInput(properties.baseUrl(), properties.title(), stories,
                    login -> names.computeIfAbsent(login, bylines::of), impact.of(stories));
            long counted = System.nanoTime();
            SiteBuildReport report = builder.build(input, properties.outputDir(),
                    (done, total) -> progress.set(new SiteExportProgress(State.RUNNING, done, total, live, null, 0, 0)));
            long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
            // where an export's time goes, for an operator wondering why it takes long
            log.info("Site export of {} stories took {} ms: reading {} ms, impact figures {} ms, building {} ms",
                    stories.size(), millis, (read - started) / 1_000_000, (counted - read) / 1_000_000,
                    (System.nanoTime() - counted) / 1_000_000);
            String build = report.build().getFileName().toString();
            SiteExportProgress finished = SiteExportProgress.finished(build, report.pages(), millis);
            lastFinished.set(finished);
            progress.set(waiting.get() > 0 ? new SiteExportProgress(State.QUEUED, 0, 0, build, null, 0, 0) : finished);
            log.info("Site exported to {}: {} files rendered, {} unchanged", report.build(), report.rendered().size(),
                    report.linked().size());
            return report;
        }
        catch (RuntimeException e) {
            log.error("Site export failed; the previous site stays in place", e);
            progress.set(new SiteExportProgress(State.FAILED, 0, 0, currentBuild(),
                    Objects.toString(e.getMessage(), e.toString()), 0, 0));
            throw e;
        }
    }

    private String currentBuild() {
        return new Builds(properties.outputDir()).current().map(Path::getFileName).map(Path::toString).orElse(null);
    }

    /**
     * Lets a running export finish (graceful shutdown) for up to {@link #SHUTDOWN_GRACE}; one cut short leaves the
     * live site as it was, since a build is only switched in whole.
     */
    @Override
    public void destroy() throws InterruptedException {
        worker.shutdown();
        if (!worker.awaitTermination(SHUTDOWN_GRACE.toSeconds(), TimeUnit.SECONDS)) {
            log.warn("A site export still running after {}; the live site stays the previous build", SHUTDOWN_GRACE);
            worker.shutdownNow();
        }
        timer.shutdownNow();
    }
}

package id.cerita.site;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.springframework.stereotype.Service;

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
 */
@Service
public class SiteExports implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SiteExports.class);

    private final StoryReader reader;
    private final SiteBylines bylines;
    private final SiteBuilder builder;
    private final SiteProperties properties;
    private final AuditLog audit;
    private final ImpactReports impact;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("site-export").factory());
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("site-export-timer").daemon().factory());
    private final AtomicReference<SiteExportProgress> progress;
    private ScheduledFuture<?> pending;
    // exports waiting behind the running one: while any wait, the page must not say "done" for an older build
    private final AtomicInteger waiting = new AtomicInteger();

    SiteExports(StoryReader reader, SiteBylines bylines, SiteBuilder builder, SiteProperties properties,
            AuditLog audit, ImpactReports impact) {
        this.reader = reader;
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
        waiting.incrementAndGet();
        progress.updateAndGet(p -> p.state() == State.RUNNING ? p
                : new SiteExportProgress(State.QUEUED, 0, 0, p.build(), null, 0, 0));
        return CompletableFuture.supplyAsync(this::run, worker);
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
        pending = timer.schedule(() -> {
            // an export nobody clicked: the audit log says Cerita started it, as it says who clicked the others
            audit.append(SystemActor.NAME, "site.export-automatic", "site", "site", null);
            start();
        }, properties.debounceMillis(), TimeUnit.MILLISECONDS);
    }

    private SiteBuildReport run() {
        waiting.decrementAndGet();
        try {
            long started = System.nanoTime();
            progress.set(new SiteExportProgress(State.RUNNING, 0, 0, currentBuild(), null, 0, 0));
            List<StoryDetails> stories = reader.liveStoryIds().stream()
                .map(id -> reader.published(id, Audience.PUBLIC_SITE)).flatMap(java.util.Optional::stream).toList();
            Map<String, String> names = new ConcurrentHashMap<>();
            SiteInput input = new SiteInput(properties.baseUrl(), properties.title(), stories,
                    login -> names.computeIfAbsent(login, bylines::of), impact.of(stories));
            SiteBuildReport report = builder.build(input, properties.outputDir(),
                    (done, total) -> progress.set(new SiteExportProgress(State.RUNNING, done, total, currentBuild(), null, 0, 0)));
            long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
            String build = report.build().getFileName().toString();
            progress.set(waiting.get() > 0 ? new SiteExportProgress(State.QUEUED, 0, 0, build, null, 0, 0)
                    : SiteExportProgress.finished(build, report.pages(), millis));
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

    @Override
    public void destroy() {
        timer.shutdownNow();
        worker.shutdown();
    }
}

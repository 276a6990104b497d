package id.cerita.ops;

import java.time.Duration;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import id.cerita.search.IndexStatus;
import id.cerita.search.IndexStatusService;
import id.cerita.site.SiteExports;

/**
 * Cerita's own meters, beside Boot's {@code http.server.requests} (latency by route, which also times searches and
 * kit downloads per endpoint): how far the index is behind the database, what the last site export did, and failed
 * sign-ins. Gauges are read when scraped, so a scrape every 15 s costs one small query.
 */
@Component
class CeritaMeters implements MeterBinder {

    private final IndexStatusService index;
    private final SiteExports exports;
    private Counter signInFailures;

    CeritaMeters(IndexStatusService index, SiteExports exports) {
        this.index = index;
        this.exports = exports;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("cerita.search.queue.waiting", index, i -> i.now().waiting())
            .description("stories changed in the database and not yet in the search index").register(registry);
        Gauge.builder("cerita.search.queue.age", index, CeritaMeters::oldestAge).baseUnit("seconds")
            .description("how long the oldest waiting change has waited").register(registry);
        Gauge.builder("cerita.site.export.pages", exports, e -> e.progress().pages())
            .description("HTML pages of the last site export since start").register(registry);
        Gauge.builder("cerita.site.export.duration", exports, e -> e.progress().millis() / 1000.0).baseUnit("seconds")
            .description("how long the last site export took").register(registry);
        signInFailures = Counter.builder("cerita.signin.failures").description("refused sign-ins (any reason)")
            .register(registry);
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        if (signInFailures != null) {
            signInFailures.increment();
        }
    }

    private static double oldestAge(IndexStatusService index) {
        IndexStatus status = index.now();
        return status.oldestWaitingSince() == null ? 0
                : Duration.between(status.oldestWaitingSince(), Instant.now()).toMillis() / 1000.0;
    }
}

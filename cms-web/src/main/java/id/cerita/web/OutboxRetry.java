package id.cerita.web;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Event publications whose listener failed (an export trigger, a derivative clean-up) are tried again every few
 * minutes instead of only at the next start. Publications stuck in flight are marked failed by Modulith's staleness
 * monitor ({@code spring.modulith.events.staleness.*}) and so come back here too. Search keeps its own queue.
 */
@Component
class OutboxRetry {

    private final ObjectProvider<FailedEventPublications> failed;

    OutboxRetry(ObjectProvider<FailedEventPublications> failed) {
        this.failed = failed;
    }

    @Scheduled(initialDelayString = "PT2M", fixedDelayString = "${cerita.outbox.retry-interval:PT2M}")
    @SchedulerLock(name = "event-outbox-retry", lockAtMostFor = "PT10M")
    void retry() {
        failed.ifAvailable(f -> f.resubmit(ResubmissionOptions.defaults().withMinAge(Duration.ofMinutes(1))
            .withMaxInFlight(50)));
    }
}

package id.cerita.alumni;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import id.cerita.common.ProgrammeZone;

/** Looks for expired consents once at start and every day just after midnight, Jakarta time. */
@Component
class ConsentExpiryCheck {

    private final Alumni alumni;

    ConsentExpiryCheck(Alumni alumni) {
        this.alumni = alumni;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "${cerita.workflow.consent-expiry-cron:0 5 0 * * *}", zone = ProgrammeZone.NAME)
    @SchedulerLock(name = "consent-expiry", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void check() {
        alumni.noteExpiredConsents();
    }
}

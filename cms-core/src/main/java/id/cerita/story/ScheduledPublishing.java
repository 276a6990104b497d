package id.cerita.story;

import java.time.Clock;
import java.time.Instant;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import id.cerita.common.SystemActor;

/**
 * The clock-driven half of the workflow: publishes scheduled stories when they are due (if consent still covers
 * them; otherwise the schedule is cancelled, on the record) and announces embargoes whose time has passed.
 * Runs every half minute; idempotent, so running it again or late is harmless.
 */
@Service
public class ScheduledPublishing {

    private final StoryRepository stories;
    private final ConsentRules consent;
    private final Clock clock;

    ScheduledPublishing(StoryRepository stories, ConsentRules consent, Clock clock) {
        this.stories = stories;
        this.consent = consent;
        this.clock = clock;
    }

    /** What one run did. */
    public record Run(int published, int cancelled, int embargoesEnded) {
    }

    @Scheduled(fixedDelayString = "${cerita.workflow.schedule-check-interval:PT30S}", initialDelayString = "PT5S")
    @Transactional
    @SchedulerLock(name = "scheduled-publishing", lockAtMostFor = "PT10M")
    public Run runDue() {
        Instant now = clock.instant();
        int published = 0;
        int cancelled = 0;
        for (Story story : stories.findDueForPublication(now)) {
            if (consent.coversPublication(story)) {
                story.publish(SystemActor.NAME, now);
                published++;
            }
            else {
                story.unschedule(SystemActor.NAME, "consent does not cover publication", now);
                cancelled++;
            }
            stories.save(story);
        }
        int ended = 0;
        for (Story story : stories.findWithPassedEmbargo(now)) {
            story.endEmbargoIfPassed(now);
            stories.save(story);
            ended++;
        }
        return new Run(published, cancelled, ended);
    }
}

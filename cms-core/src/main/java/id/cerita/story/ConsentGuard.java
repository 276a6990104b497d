package id.cerita.story;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.cerita.alumni.ConsentExpired;
import id.cerita.alumni.ConsentScope;
import id.cerita.alumni.ConsentWithdrawn;
import id.cerita.common.AlumnusId;

/**
 * When an alumnus's consent is withdrawn or expires, every story about them that it no longer covers leaves the
 * public at once: in the same transaction as the withdrawal, not some time later. Their scheduled publications are
 * cancelled too. The resulting StoryUnpublished events take the story out of search and the static site; a story
 * whose person withdrew only from the press stays on the site and raises StoryWithdrawnFromPress.
 */
@Component
class ConsentGuard {

    private final StoryRepository stories;
    private final ConsentRules consent;
    private final Clock clock;

    ConsentGuard(StoryRepository stories, ConsentRules consent, Clock clock) {
        this.stories = stories;
        this.consent = consent;
        this.clock = clock;
    }

    @EventListener
    void on(ConsentWithdrawn withdrawn) {
        enforce(withdrawn.alumnusId(), withdrawn.scopes(), withdrawn.by(), "consent withdrawn");
    }

    @EventListener
    void on(ConsentExpired expired) {
        enforce(expired.alumnusId(), expired.scopes(), "system", "consent expired");
    }

    private void enforce(AlumnusId alumnusId, Set<ConsentScope> lost, String by, String reason) {
        Instant now = clock.instant();
        for (Story story : stories.findPublicOrScheduledAbout(alumnusId.value())) {
            if (consent.coversPublication(story)) {
                if (lost.contains(ConsentScope.PRESS) && !consent.coversPress(story)) {
                    story.withdrawFromPress(by, reason);
                    stories.save(story);
                }
                continue;
            }
            if (story.status() == StoryStatus.SCHEDULED) {
                story.unschedule(by, reason, now);
            }
            if (story.live()) {
                story.unpublish(by, reason, now);
            }
            stories.save(story);
        }
    }
}

package id.cerita.consent.web;

import java.time.Instant;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import id.cerita.alumni.ConsentScope;
import id.cerita.common.StoryId;
import id.cerita.consent.PressKitDownloads;

/**
 * For the press room's fragment {@code alumni/takedown-notice}: the kits the signed-in journalist downloaded in the
 * last 90 days whose featured person's consent no longer covers the press (or the photos in them).
 */
@Component("takedownNotices")
public class TakedownNotices {

    private final PressKitDownloads downloads;
    private final ConsentSummaries summaries;

    TakedownNotices(PressKitDownloads downloads, ConsentSummaries summaries) {
        this.downloads = downloads;
        this.summaries = summaries;
    }

    public List<Notice> forCurrentUser() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null) {
            return List.of();
        }
        return downloads.recentBy(user.getName()).stream().map(d -> {
            ConsentSummary summary = summaries.of(d.storyId());
            if (summary == null) {
                return null;
            }
            List<ConsentScope> lost = summary.rows().stream()
                .filter(r -> !r.covered() && (r.neededFor().contains("press") || r.neededFor().contains("photos")))
                .map(ConsentSummary.Row::scope).toList();
            return lost.isEmpty() ? null : new Notice(d.storyId(), d.title(), d.lastDownloadedAt(),
                    lost.equals(List.of(ConsentScope.PHOTO)));
        }).filter(java.util.Objects::nonNull).toList();
    }

    /** {@code photosOnly}: the story may stay, its photos of the person must go. */
    public record Notice(StoryId storyId, String title, Instant downloadedAt, boolean photosOnly) {
    }
}

package id.cerita.workflow;

import java.util.List;

import id.cerita.alumni.ExpiringConsent;

/** What needs doing, for one person: the editors' dashboard. */
public record WorkBoard(String username, List<WorkItem> myDrafts, List<WorkItem> toReview,
        List<WorkItem> changesRequested, List<WorkItem> scheduled, List<WorkItem> embargoed,
        List<ExpiringConsent> expiringConsents, List<CountBar> publishedPerProvince, List<CountBar> publishedPerTheme) {

    public static final int EXPIRY_HORIZON_DAYS = 30;

    public long maxPerProvince() {
        return publishedPerProvince.stream().mapToLong(CountBar::count).max().orElse(0);
    }

    public long maxPerTheme() {
        return publishedPerTheme.stream().mapToLong(CountBar::count).max().orElse(0);
    }
}

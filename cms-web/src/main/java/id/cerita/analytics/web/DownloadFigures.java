package id.cerita.analytics.web;

import java.util.List;

import id.cerita.analytics.KitDownloadStats;

/** The tables of kit downloads at once, for the page and the API: per story, journalist, outlet, and followed by a clip. */
record DownloadFigures(List<KitDownloadStats.StoryRow> stories, List<KitDownloadStats.JournalistRow> journalists,
        List<KitDownloadStats.OutletRow> outlets, List<KitDownloadStats.FollowedRow> followedByCoverage) {

    static DownloadFigures of(KitDownloadStats stats) {
        return new DownloadFigures(stats.perStory(), stats.perJournalist(), stats.perOutlet(),
                stats.followedByCoverage());
    }
}

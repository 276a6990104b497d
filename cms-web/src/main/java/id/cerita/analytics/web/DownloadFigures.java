package id.cerita.analytics.web;

import java.util.List;

import id.cerita.analytics.KitDownloadStats;

/** The three tables of kit downloads at once, for the page and the API. */
record DownloadFigures(List<KitDownloadStats.StoryRow> stories, List<KitDownloadStats.JournalistRow> journalists,
        List<KitDownloadStats.OutletRow> outlets) {

    static DownloadFigures of(KitDownloadStats stats) {
        return new DownloadFigures(stats.perStory(), stats.perJournalist(), stats.perOutlet());
    }
}

package id.cerita.site;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.cerita.alumni.AlumniMerged;
import id.cerita.alumni.ConsentExpired;
import id.cerita.alumni.ConsentWithdrawn;
import id.cerita.media.FocalPointMoved;
import id.cerita.media.MediaDescribed;
import id.cerita.media.StoryImagesChanged;
import id.cerita.story.StoryApproved;
import id.cerita.story.StoryArchived;
import id.cerita.story.StoryWithdrawnFromPress;
import id.cerita.story.StoryUnscheduled;
import id.cerita.story.StoryScheduled;
import id.cerita.story.StoryEmbargoLifted;
import id.cerita.story.StoryEmbargoed;
import id.cerita.story.StoryChangesRequested;
import id.cerita.story.StoryDrafted;
import id.cerita.story.StoryEvent;
import id.cerita.story.StoryPublished;
import id.cerita.story.StoryRevised;
import id.cerita.story.StorySubmitted;
import id.cerita.story.StoryUnpublished;

/** Publishing events that change what the public may see, delivered through the event publication registry. */
@Component
class SiteExportTriggers {

    private final SiteExports exports;

    SiteExportTriggers(SiteExports exports) {
        this.exports = exports;
    }

    @ApplicationModuleListener
    void on(StoryEvent event) {
        boolean public_ = switch (event) {
            case StoryPublished e -> true;
            case StoryUnpublished e -> true;
            case StoryArchived e -> true;
            // an embargo hides a live story until it passes, and its passing shows it
            case StoryEmbargoed e -> true;
            case StoryEmbargoLifted e -> true;
            case StoryScheduled e -> false;
            case StoryUnscheduled e -> false;
            case StoryWithdrawnFromPress e -> false;
            case StoryDrafted e -> false;
            case StoryRevised e -> false;
            case StorySubmitted e -> false;
            case StoryChangesRequested e -> false;
            case StoryApproved e -> false;
        };
        if (public_) {
            exports.changed();
        }
    }

    @ApplicationModuleListener
    void on(ConsentWithdrawn event) {
        exports.changed();
    }

    @ApplicationModuleListener
    void on(ConsentExpired event) {
        exports.changed();
    }

    /** A story's pictures changed; the export only shows those of live stories, so a draft's costs one quiet export. */
    @ApplicationModuleListener
    void on(StoryImagesChanged event) {
        exports.changed();
    }

    @ApplicationModuleListener
    void on(AlumniMerged event) {
        exports.changed();
    }

    @ApplicationModuleListener
    void on(MediaDescribed event) {
        exports.changed();
    }

    @ApplicationModuleListener
    void on(FocalPointMoved event) {
        exports.changed();
    }
}

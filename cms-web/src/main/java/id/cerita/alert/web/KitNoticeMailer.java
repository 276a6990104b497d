package id.cerita.alert.web;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.cerita.common.StoryId;
import id.cerita.common.SystemActor;
import id.cerita.consent.PressKitDownloads;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.story.StoryPublished;
import id.cerita.story.StoryUnpublished;
import id.cerita.story.StoryWithdrawnFromPress;

/**
 * Journalists who downloaded a story's kit in the last 90 days hear of what happened to it since, by mail when they
 * gave a confirmed address (the press room shows takedowns to everyone in any case): a takedown when the story left
 * the press (consent withdrawn or unpublished), a correction when it is published again.
 */
@Component
class KitNoticeMailer {

    private final PressKitDownloads downloads;
    private final Stories stories;
    private final AlertMailer mailer;
    private final AlertProperties properties;

    KitNoticeMailer(PressKitDownloads downloads, Stories stories, AlertMailer mailer, AlertProperties properties) {
        this.downloads = downloads;
        this.stories = stories;
        this.mailer = mailer;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void on(StoryWithdrawnFromPress event) {
        notify(event.storyId(), "TAKEDOWN");
    }

    @ApplicationModuleListener
    void on(StoryUnpublished event) {
        notify(event.storyId(), "TAKEDOWN");
    }

    /** A kit downloaded before this publication was of an earlier version: this one corrects it. */
    @ApplicationModuleListener
    void on(StoryPublished event) {
        notify(event.storyId(), "CORRECTION");
    }

    private void notify(StoryId storyId, String kind) {
        SystemActor.run(() -> {
            List<String> readers = downloads.downloadersOf(storyId);
            if (readers.isEmpty()) {
                return;
            }
            Story story = stories.require(storyId);
            String link = properties.link("/press/stories/" + story.slug().value());
            readers.forEach(username -> mailer.sendKitNotice(username, kind, story.title(), link));
        });
    }
}

package id.cerita.media.demo;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import id.cerita.common.MediaId;
import id.cerita.common.SystemActor;
import id.cerita.demo.DemoContent;
import id.cerita.media.MediaAsset;
import id.cerita.media.MediaDescription;
import id.cerita.media.MediaIntake;
import id.cerita.media.MediaLibrary;
import id.cerita.media.StoryImageLinks;
import id.cerita.story.Stories;
import id.cerita.story.Story;

/**
 * Gives the demo stories their pictures, the way a writer would: draws each illustration, uploads it through the
 * media pipeline (inspection, original kept, derivatives), describes it (alt text, caption, credit), sets its focal
 * point and puts it on the story as lead image or in the gallery. Every demo picture shows things, never a person
 * (none is tagged as showing anyone), so a story whose alumnus gave no PHOTO consent gets one too and the consent rule
 * ({@code StoryDetails.mayShowPhoto}) still holds: those stories' pictures are chosen to show no one. Runs after the demo loader on a background thread, so the application is up at once; the site export that
 * follows a story's images changing shows them. Safe on every start: a story that has pictures is left alone.
 */
@Component
@Order(-90)
@ConditionalOnBooleanProperty("cerita.demo.enabled")
public class DemoPhotos implements ApplicationRunner, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DemoPhotos.class);

    private final Stories stories;
    private final MediaIntake intake;
    private final MediaLibrary library;
    private final StoryImageLinks links;
    private final CompletableFuture<Integer> loaded = new CompletableFuture<>();
    private volatile boolean stopping;

    DemoPhotos(Stories stories, MediaIntake intake, MediaLibrary library, StoryImageLinks links) {
        this.stories = stories;
        this.intake = intake;
        this.library = library;
        this.links = links;
    }

    /** Completes with the number of pictures added once the demo's pictures are in place. */
    public CompletableFuture<Integer> loaded() {
        return loaded;
    }

    @Override
    public void run(ApplicationArguments args) {
        Thread.ofPlatform().name("demo-photos").daemon().start(() -> {
            long start = System.nanoTime();
            try {
                int added = SystemActor.call(this::load);
                log.info("Demo photos: {} illustrations drawn and uploaded in {} ms", added,
                        (System.nanoTime() - start) / 1_000_000);
                loaded.complete(added);
            }
            catch (RuntimeException e) {
                log.error("Demo photos could not be loaded", e);
                loaded.completeExceptionally(e);
            }
        });
    }

    int load() {
        PhotoCatalogue catalogue = PhotoCatalogue.fromClasspath();
        int added = 0;
        for (DemoContent.Story s : DemoContent.fromClasspath().stories()) {
            if (stopping) {
                break;
            }
            Story story = stories.bySlug(s.slug()).orElse(null);
            List<PhotoCatalogue.Photo> photos = catalogue.of(s.key());
            if (story == null || photos.isEmpty() || !links.of(story.id()).allMediaIds().isEmpty()) {
                continue;
            }
            for (int i = 0; i < photos.size(); i++) {
                MediaId mediaId = upload(s, i, photos.get(i));
                if (i == 0) {
                    links.chooseLead(story.id(), mediaId, s.author());
                }
                else {
                    links.addToGallery(story.id(), mediaId, s.author());
                }
                added++;
            }
        }
        return added;
    }

    /** The application stops: the stories not yet illustrated get their pictures at the next start. */
    @Override
    public void destroy() {
        stopping = true;
    }

    private MediaId upload(DemoContent.Story s, int index, PhotoCatalogue.Photo photo) {
        boolean english = "en".equals(s.language());
        byte[] jpeg = Illustrations.jpeg(photo.scene(), photo.variant(), english);
        String filename = "%s-%d%s.jpg".formatted(s.key(), index + 1, english ? "-en" : "");
        MediaAsset asset = intake.accept(jpeg, "image/jpeg", filename, s.author(), photo.focus()).asset();
        PhotoCatalogue.Words words = photo.wordsIn(s.language());
        asset = library.describe(asset.id(), asset.version(), new MediaDescription(words.alt(), words.caption(),
                english ? "Illustration: Cerita team" : "Ilustrasi: Tim Cerita", "Tim Cerita", Set.of()), s.author());
        return asset.id();
    }
}

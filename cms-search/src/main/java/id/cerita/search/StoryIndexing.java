package id.cerita.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.cerita.alumni.ConsentRecorded;
import id.cerita.alumni.ConsentWithdrawn;
import id.cerita.story.StoryEvent;

/**
 * Keeps the index in step with the database. Each event arrives through the event publication registry (our outbox)
 * after its transaction commits; if Elasticsearch cannot take the write the listener fails, the publication stays
 * incomplete, and {@link SearchCatchUp} resubmits it when the cluster answers again.
 */
@Component
class StoryIndexing {

    private final StoryIndexer indexer;

    StoryIndexing(StoryIndexer indexer) {
        this.indexer = indexer;
    }

    @ApplicationModuleListener
    void on(StoryEvent event) {
        reindex(() -> indexer.reindex(List.of(event.storyId())));
    }

    @ApplicationModuleListener
    void on(ConsentWithdrawn event) {
        reindex(() -> indexer.reindex(indexer.storiesAbout(event.alumnusId())));
    }

    @ApplicationModuleListener
    void on(ConsentRecorded event) {
        reindex(() -> indexer.reindex(indexer.storiesAbout(event.alumnusId())));
    }

    private static void reindex(IndexWrite write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException("search index not updated; the publication will be resubmitted", e);
        }
    }

    @FunctionalInterface
    private interface IndexWrite {
        void run() throws IOException;
    }
}

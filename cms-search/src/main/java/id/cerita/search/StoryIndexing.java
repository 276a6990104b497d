package id.cerita.search;

import java.util.Collection;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import id.cerita.alumni.AlumniMerged;
import id.cerita.alumni.ConsentExpired;
import id.cerita.alumni.ConsentRecorded;
import id.cerita.alumni.ConsentWithdrawn;
import id.cerita.common.StoryId;
import id.cerita.story.StoryEvent;
import id.cerita.story.StoryReader;

/**
 * Keeps the index in step with the database. Each change queues its stories in {@link IndexQueue} inside the
 * change's own transaction (so a rolled-back edit queues nothing and a committed one cannot be forgotten), then wakes
 * {@link SearchCatchUp} once the transaction has committed.
 */
@Component
class StoryIndexing {

    private final IndexQueue queue;
    private final StoryReader reader;
    private final SearchCatchUp catchUp;

    StoryIndexing(IndexQueue queue, StoryReader reader, SearchCatchUp catchUp) {
        this.queue = queue;
        this.reader = reader;
        this.catchUp = catchUp;
    }

    @EventListener
    void on(StoryEvent event) {
        request(List.of(event.storyId()));
    }

    @EventListener
    void on(ConsentWithdrawn event) {
        request(reader.storyIdsAbout(event.alumnusId()));
    }

    @EventListener
    void on(ConsentRecorded event) {
        request(reader.storyIdsAbout(event.alumnusId()));
    }

    @EventListener
    void on(ConsentExpired event) {
        request(reader.storyIdsAbout(event.alumnusId()));
    }

    /** Stories of the merged record, whichever side of the move this runs on. */
    @EventListener
    void on(AlumniMerged event) {
        java.util.Set<StoryId> ids = new java.util.LinkedHashSet<>(reader.storyIdsAbout(event.mergedId()));
        ids.addAll(reader.storyIdsAbout(event.survivorId()));
        request(ids);
    }

    private void request(Collection<StoryId> storyIds) {
        if (storyIds.isEmpty()) {
            return;
        }
        queue.request(storyIds);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    catchUp.wake();
                }
            });
        } else {
            catchUp.wake();
        }
    }
}

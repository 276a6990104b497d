package id.cerita.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.TranslogDurability;
import co.elastic.clients.json.JsonData;

/**
 * Filling an index nobody reads yet (a rebuild's new index): refresh is off until the end, and up to {@code inFlight}
 * bulk requests run at once while the caller prepares the next batch. A shard indexes one bulk request on one write
 * thread, so one request at a time leaves every other core idle; and a refresh every second writes a small segment
 * that merges then rewrite. The translog is synced in the background instead of once per request: a load that a
 * crash interrupts is started again from the database, so the per-request sync protects nothing here. Close it to
 * wait for the last request, restore both settings and make everything visible.
 */
final class BulkLoad implements AutoCloseable {

    private final ElasticsearchClient client;
    private final StoryIndex index;
    private final String target;
    private final Semaphore slots;
    // virtual threads, one per bulk request in flight (the semaphore bounds them): they only wait on the network
    private final ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Future<?>> pending = new ArrayList<>();

    BulkLoad(ElasticsearchClient client, StoryIndex index, String target, int inFlight) throws IOException {
        this.client = client;
        this.index = index;
        this.target = target;
        this.slots = new Semaphore(inFlight);
        client.indices().putSettings(s -> s.index(target).settings(i -> i.refreshInterval(t -> t.time("-1"))
            .translog(t -> t.durability(TranslogDurability.Async))));
    }

    /** Sends one bulk request; blocks while {@code inFlight} are running; fails with the first refused request. */
    void write(List<StoryDocument> documents, List<String> deletedIds) throws IOException {
        rethrowFailures(false);
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while loading " + target, e);
        }
        pending.add(requests.submit(() -> {
            try {
                index.write(target, documents, deletedIds);
            } finally {
                slots.release();
            }
            return null;
        }));
    }

    @Override
    public void close() throws IOException {
        try {
            rethrowFailures(true);
        } finally {
            requests.close();
            // back to the default (null, not "1s": the default skips refreshes while no one searches the shard)
            client.indices().putSettings(s -> s.index(target)
                .settings(i -> i.otherSettings("refresh_interval", JsonData.fromJson("null"))
                    .otherSettings("translog.durability", JsonData.fromJson("null"))));
            index.refresh(target);
        }
    }

    private void rethrowFailures(boolean wait) throws IOException {
        for (var it = pending.iterator(); it.hasNext();) {
            Future<?> request = it.next();
            if (!wait && !request.isDone()) {
                continue;
            }
            try {
                request.get();
                it.remove();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while loading " + target, e);
            }
        }
    }
}

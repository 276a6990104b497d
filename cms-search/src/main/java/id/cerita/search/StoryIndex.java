package id.cerita.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import co.elastic.clients.json.JsonData;

/**
 * The stories index: created from {@code search/stories-index.json} under a timestamped name and reached through an
 * alias ({@code cerita.search.index}), so that a rebuild can fill a new index and swap the alias in one step.
 */
@Component
public class StoryIndex {

    static final String DEFINITION = "search/stories-index.json";
    static final String DEFINITION_VERSION = "cerita_definition";
    private static final Logger log = LoggerFactory.getLogger(StoryIndex.class);
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
        .withZone(ZoneOffset.UTC);

    private static final Duration MERGE_DEADLINE = Duration.ofHours(1);

    private final ElasticsearchClient client;
    private final String alias;
    private final Clock clock;
    private final AtomicBoolean exists = new AtomicBoolean();
    private final AtomicReference<String> mirror = new AtomicReference<>();
    // the checked-in file does not change while the application runs: read it once, not on every check
    private final int definitionVersion = definitionVersion();

    StoryIndex(ElasticsearchClient client, SearchProperties properties, Clock clock) {
        this.client = client;
        this.alias = properties.index();
        this.clock = clock;
    }

    /** The alias that queries read and indexing writes through. */
    public String alias() {
        return alias;
    }

    /** Creates the index behind the alias if there is none yet; true if it did (the new index is empty). */
    public synchronized boolean ensureExists() throws IOException {
        if (exists.get()) {
            return false;
        }
        boolean created = !client.indices().existsAlias(a -> a.name(alias)).value();
        if (created) {
            String index = createIndex();
            client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(index).alias(alias)
                .isWriteIndex(true))));
            log.info("Created search index {} behind alias {}", index, alias);
        }
        exists.set(true);
        return created;
    }

    /** A new, empty index with the checked-in settings and mappings; not yet behind the alias. */
    public String createIndex() throws IOException {
        String index = alias + "-" + SUFFIX.format(clock.instant());
        String synonyms = SynonymSet.name(alias);
        SynonymSet.ensure(client, synonyms);
        try (InputStream definition = new ClassPathResource(DEFINITION).getInputStream()) {
            String json = new String(definition.readAllBytes(), StandardCharsets.UTF_8)
                .replace("\"" + SynonymSet.PLACEHOLDER + "\"", "\"" + synonyms + "\"");
            client.indices().create(c -> c.index(index).withJson(new StringReader(json)));
        }
        client.cluster().health(h -> h.index(index).waitForActiveShards(w -> w.count(1)));
        return index;
    }

    /**
     * True if the index behind the alias was made from an older definition than the checked-in one (its mapping's
     * {@code _meta.cerita_definition} is lower), so fields the queries use may be missing there until a rebuild.
     */
    public boolean outdated() throws IOException {
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            return false;
        }
        return client.indices().getMapping(g -> g.index(alias)).mappings().values().stream()
            .anyMatch(m -> version(m.mappings().meta()) < definitionVersion);
    }

    /** The checked-in definition's version, read from the file so that there is one place to raise it. */
    private static int definitionVersion() {
        try (InputStream definition = new ClassPathResource(DEFINITION).getInputStream()) {
            return version(CreateIndexRequest.of(c -> c.index("definition").withJson(definition)).mappings().meta());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFINITION, e);
        }
    }

    private static int version(Map<String, JsonData> meta) {
        JsonData version = meta == null ? null : meta.get(DEFINITION_VERSION);
        return version == null ? 0 : version.to(Integer.class);
    }

    /** The indices the alias points at now (one, except during a failed swap). */
    public Set<String> indicesBehindAlias() throws IOException {
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            return Set.of();
        }
        return client.indices().getAlias(a -> a.name(alias)).aliases().keySet();
    }

    /** Points the alias at {@code index} and away from every other index in one atomic step, then drops those. */
    public void swapTo(String index) throws IOException {
        Set<String> previous = indicesBehindAlias();
        client.indices().updateAliases(u -> {
            previous.stream().filter(old -> !old.equals(index))
                .forEach(old -> u.actions(a -> a.remove(r -> r.index(old).alias(alias))));
            u.actions(a -> a.add(add -> add.index(index).alias(alias).isWriteIndex(true)));
            return u;
        });
        for (String old : previous) {
            if (!old.equals(index)) {
                client.indices().delete(d -> d.index(old));
            }
        }
    }

    /** Writes documents and deletes ids in one bulk request to {@code index}; fails if any item failed. */
    public void write(String index, Collection<StoryDocument> documents, Collection<String> deletedIds)
            throws IOException {
        if (documents.isEmpty() && deletedIds.isEmpty()) {
            return;
        }
        // through the alias, never let Elasticsearch create a concrete index of that name with guessed mappings
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(index).requireAlias(index.equals(alias));
        for (StoryDocument document : documents) {
            bulk.operations(op -> op.index(i -> i.id(document.id()).document(document)));
        }
        for (String id : deletedIds) {
            bulk.operations(op -> op.delete(d -> d.id(id)));
        }
        BulkResponse response = client.bulk(bulk.build());
        if (response.errors()) {
            List<String> failures = new ArrayList<>();
            for (BulkResponseItem item : response.items()) {
                boolean missingDelete = item.status() == 404 && item.operationType().jsonValue().equals("delete");
                if (item.error() != null && !missingDelete) {
                    failures.add(item.id() + ": " + item.error().reason());
                }
            }
            if (!failures.isEmpty()) {
                throw new IOException("bulk indexing failed for " + failures.size() + " items, first: "
                        + failures.getFirst());
            }
        }
    }

    /** Writes through the alias, creating the index first if there is none; during a rebuild to the new index too. */
    public void write(Collection<StoryDocument> documents, Collection<String> deletedIds) throws IOException {
        ensureExists();
        write(alias, documents, deletedIds);
        String rebuilding = mirror.get();
        if (rebuilding != null) {
            write(rebuilding, documents, deletedIds);
        }
    }

    /** A bulk load into {@code target}, an index that no search reads yet: see {@link BulkLoad}. */
    BulkLoad bulkLoad(String target, int inFlight) throws IOException {
        return new BulkLoad(client, this, target, inFlight);
    }

    void startMirroringTo(String index) {
        mirror.set(index);
    }

    void stopMirroring() {
        mirror.set(null);
    }

    /**
     * Merges a freshly built index into one segment before it goes live. The index is read far more than it is
     * written, and every segment costs each search its own term lookups, scorers and facet collectors. Runs as a task
     * on the cluster, polled here, since it can outlast a request's timeout.
     */
    void mergeSegments(String index) throws IOException {
        String task = client.indices().forcemerge(f -> f.index(index).maxNumSegments(1L).waitForCompletion(false))
            .task();
        // 100,000 stories merge in about 30 s here; an hour means the node is stuck, and the rebuild should say so
        long deadline = System.nanoTime() + MERGE_DEADLINE.toNanos();
        while (task != null && !client.tasks().get(t -> t.taskId(task)).completed()) {
            if (System.nanoTime() > deadline) {
                throw new IOException("merging " + index + " took longer than " + MERGE_DEADLINE + " (task " + task
                        + ")");
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while merging " + index, e);
            }
        }
    }

    /**
     * After a large catch-up (a new cluster filled from the database): starts merging the live index into one segment
     * and returns. A bulk load leaves about ten segments, and each costs every search its own term lookups: the
     * slowest queries took half as long on one (bench/results/search.md). Searches go on meanwhile.
     */
    void startMergingLive() throws IOException {
        for (String live : indicesBehindAlias()) {
            client.indices().forcemerge(f -> f.index(live).maxNumSegments(1L).waitForCompletion(false));
        }
    }

    void refresh(String index) throws IOException {
        client.indices().refresh(r -> r.index(index));
    }

    void dropQuietly(String index) {
        try {
            client.indices().delete(d -> d.index(index));
        } catch (IOException | RuntimeException e) {
            log.warn("Could not drop the unfinished index {}: {}", index, e.toString());
        }
    }

    /** Makes what was written visible to searches now (tests and rebuilds; normal indexing relies on the 1 s refresh). */
    public void refresh() {
        try {
            client.indices().refresh(r -> r.index(alias));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

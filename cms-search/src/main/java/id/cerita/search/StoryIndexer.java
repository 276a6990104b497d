package id.cerita.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.cerita.common.StoryId;
import id.cerita.search.StoryDocument.Variant;
import id.cerita.story.Audience;
import id.cerita.story.StoryDetails;
import id.cerita.story.StoryReader;

/**
 * Brings a story's documents in line with the database: the working copy for staff, and the published text only if
 * {@link StoryReader#published} lets an outside audience see it (live, and covered by the alumnus's consent).
 */
@Component
public class StoryIndexer {

    static final String STAFF = "STAFF";

    private final StoryReader reader;
    private final StoryDocumentFactory documents;
    private final StoryIndex index;

    StoryIndexer(StoryReader reader, StoryDocumentFactory documents, StoryIndex index) {
        this.reader = reader;
        this.documents = documents;
        this.index = index;
    }

    /** Re-reads the stories and rewrites their documents through the alias, in one bulk request. */
    public void reindex(Collection<StoryId> storyIds) throws IOException {
        Documents d = documentsOf(storyIds);
        index.write(d.upserts(), d.deletes());
    }

    /** The same into a given index (a rebuild fills a new index before it goes behind the alias). */
    void write(String target, Collection<StoryId> storyIds) throws IOException {
        Documents d = documentsOf(storyIds);
        index.write(target, d.upserts(), d.deletes());
    }

    /** The same through a bulk load: the request goes out while the caller reads the next stories. */
    void write(BulkLoad load, Collection<StoryId> storyIds) throws IOException {
        Documents d = documentsOf(storyIds);
        load.write(d.upserts(), d.deletes());
    }

    /** What one bulk request writes and deletes for these stories. */
    private record Documents(List<StoryDocument> upserts, List<String> deletes) {
    }

    /**
     * Reads the stories in batches ({@link StoryReader#workingAll}, {@link StoryReader#publishedAll}): a rebuild of
     * 100,000 stories would otherwise ask about eighty queries per story, one story at a time.
     */
    private Documents documentsOf(Collection<StoryId> storyIds) {
        List<StoryId> ids = List.copyOf(new LinkedHashSet<>(storyIds));
        Map<StoryId, StoryDetails> working = byId(reader.workingAll(ids));
        Map<Audience, Map<StoryId, StoryDetails>> published = new EnumMap<>(Audience.class);
        for (Audience audience : Audience.values()) {
            published.put(audience, byId(reader.publishedAll(ids, audience)));
        }
        Documents d = new Documents(new ArrayList<>(), new ArrayList<>());
        for (StoryId id : ids) {
            documentsOf(id, working.get(id), published, d.upserts(), d.deletes());
        }
        return d;
    }

    private void documentsOf(StoryId id, StoryDetails working, Map<Audience, Map<StoryId, StoryDetails>> published,
            List<StoryDocument> upserts, List<String> deletes) {
        String storyId = id.toString();
        if (working == null) {
            deletes.add(Variant.PUBLISHED.documentId(storyId));
            deletes.add(Variant.WORKING.documentId(storyId));
            return;
        }
        upserts.add(documents.document(working, Variant.WORKING, List.of(STAFF)));
        List<String> audiences = new ArrayList<>();
        StoryDetails visible = null;
        for (Audience audience : Audience.values()) {
            StoryDetails seen = published.get(audience).get(id);
            if (seen != null) {
                audiences.add(audience.name());
                visible = seen;
            }
        }
        if (visible == null) {
            deletes.add(Variant.PUBLISHED.documentId(storyId));
        } else {
            upserts.add(documents.document(visible, Variant.PUBLISHED, List.copyOf(audiences)));
        }
    }

    private static Map<StoryId, StoryDetails> byId(List<StoryDetails> stories) {
        Map<StoryId, StoryDetails> byId = new HashMap<>();
        stories.forEach(story -> byId.put(story.id(), story));
        return byId;
    }
}

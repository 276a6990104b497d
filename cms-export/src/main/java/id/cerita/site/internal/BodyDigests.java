package id.cerita.site.internal;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import id.cerita.story.StoryDetails;

/**
 * The SHA-256 of each story's body, kept from one export to the next: the body is nine tenths of what a story's
 * digest reads, and an export after one edit would otherwise hash every body of the site again (1.2 s of CPU at
 * 55,000 stories). An entry is reused only for the same story, revision, body length and {@code String.hashCode}, so
 * a body changed without a new revision (as tests do) is hashed again too. Entries of stories that left the site go
 * with the next export. Thread-safe; a build that races another only loses reuse.
 */
public final class BodyDigests {

    private record Entry(int revision, int length, int hash, byte[] digest) {

        boolean matches(StoryDetails s, String body) {
            return revision == s.revision() && length == body.length() && hash == body.hashCode();
        }
    }

    private volatile Map<UUID, Entry> kept = Map.of();
    private final Map<UUID, Entry> building = new ConcurrentHashMap<>();

    /** The body's digest, from the last export when it is the same body. */
    byte[] of(StoryDetails s) {
        String body = s.body() == null ? "" : s.body();
        Entry entry = kept.get(s.id());
        if (entry == null || !entry.matches(s, body)) {
            entry = new Entry(s.revision(), body.length(), body.hashCode(), Fingerprint.of("body", body).bytes());
        }
        building.put(s.id(), entry);
        return entry.digest();
    }

    /** After a plan: keep this export's entries only. */
    void planned() {
        kept = Map.copyOf(building);
        building.clear();
    }
}

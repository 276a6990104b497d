package id.cerita.site.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import id.cerita.common.StoryId;
import id.cerita.site.SiteImage;
import id.cerita.story.StoryDetails;

/**
 * The digest of everything a story's page or card shows, kept from one export to the next. An export after one edit
 * plans every page of the site to find the few that changed, and hashing 55,000 stories with SHA-256 took a third of
 * it. Each story is first read into a 64-bit key made of its fields' hash codes (no SHA, no bytes made), and the kept
 * digest is reused when the story, revision and key are the same; so a change made without a new revision (a region
 * renamed, as tests do) is hashed again too. Entries of stories that left the site go with the next export.
 * Thread-safe; a build that races another only loses reuse.
 */
public final class StoryDigests {

    private record Entry(int revision, long key, byte[] digest) {
    }

    private volatile Map<StoryId, Entry> kept = Map.of();
    private volatile Map<StoryId, Entry> building = new ConcurrentHashMap<>();

    /** The story's digest, from the last export when nothing it shows has changed. */
    byte[] of(StoryDetails s, List<SiteImage> images, String byline) {
        KeySink key = new KeySink();
        fields(s, images, byline, key);
        Entry entry = kept.get(s.id());
        if (entry == null || entry.revision() != s.revision() || entry.key() != key.value) {
            Fingerprint f = Fingerprint.of("story-2");
            fields(s, images, byline, f::add);
            entry = new Entry(s.revision(), key.value, f.bytes());
        }
        building.put(s.id(), entry);
        return entry.digest();
    }

    /** After a plan: keep this export's entries only. */
    void planned() {
        // handed over, not copied: a copy of 55,000 entries per export cost more than the lookups it serves
        kept = building;
        // sized for as many as this export had: growing a map of 55,000 entries from empty was a tenth of a plan
        building = new ConcurrentHashMap<>(kept.size() + kept.size() / 3 + 16);
    }

    /** Every field a page or card shows, in a fixed order: the one list both the key and the digest read. */
    static void fields(StoryDetails s, List<SiteImage> images, String byline, Consumer<Object> to) {
        to.accept(s.id());
        to.accept(s.slug());
        to.accept(s.language().code());
        to.accept(s.title());
        to.accept(s.summary());
        to.accept(s.body());
        to.accept(s.publishedAt());
        to.accept(s.updatedAt());
        to.accept(byline);
        to.accept(s.region().code());
        to.accept(s.region().name());
        to.accept(s.province().code());
        to.accept(s.province().name());
        s.themes().forEach(t -> {
            to.accept(t.code());
            to.accept(t.nameId());
            to.accept(t.nameEn());
        });
        s.courses().forEach(c -> {
            to.accept(c.course().slug());
            to.accept(c.course().title());
            to.accept(c.provider().slug());
            to.accept(c.provider().name());
        });
        if (s.person() != null) {
            to.accept(s.person().name());
            to.accept(s.person().cohort());
            to.accept(s.person().business());
            to.accept(s.person().occupation());
        }
        if (s.gathering() != null) {
            to.accept(s.gathering().name());
            to.accept(s.gathering().place());
            to.accept(s.gathering().heldOn());
        }
        s.quotes().forEach(q -> {
            to.accept(q.text());
            to.accept(q.speaker());
            to.accept(q.speakerRole());
        });
        s.outcomes().forEach(o -> {
            to.accept(o.kind());
            to.accept(o.description());
            to.accept(o.baseline());
            to.accept(o.amount());
            to.accept(o.formerly());
            to.accept(o.source());
        });
        s.sources().forEach(r -> {
            to.accept(r.outlet());
            to.accept(r.title());
            to.accept(r.url());
            to.accept(r.publishedOn());
        });
        s.translations().forEach(t -> {
            to.accept(t.id());
            to.accept(t.slug());
            to.accept(t.title());
            to.accept(t.live());
        });
        // value records all the way down (paths, crops, variants): equal images hash and print alike
        images.forEach(to);
    }

    /** Hash codes of the values (a String caches its own), with their positions: no bytes made, nothing hashed twice. */
    private static final class KeySink implements Consumer<Object> {
        long value = 1;

        @Override
        public void accept(Object field) {
            value = value * 0x9E3779B97F4A7C15L + (field == null ? 0 : field.hashCode()) + 1;
        }
    }
}

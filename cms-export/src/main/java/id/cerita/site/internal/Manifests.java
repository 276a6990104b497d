package id.cerita.site.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Map;

/**
 * The manifests of the last two builds this builder wrote, kept in memory: the next export reads both (the current
 * build's, and the one before, which it reuses), and reading 78,000 lines back took a fifth of a one-story export at
 * 55,000 stories. A kept manifest is used only while its file is the one written (same path, time and size), so a
 * build written by another instance or a restored data folder is read from disk.
 */
public final class Manifests {

    private record Kept(Path file, FileTime modified, long size, Map<String, String> entries) {
    }

    private final Deque<Kept> kept = new ArrayDeque<>(2);

    /** Path to fingerprint of a build; empty when it has no manifest. */
    public synchronized Map<String, String> read(Path build) throws IOException {
        Path file = build.resolve(Builds.MANIFEST);
        if (Files.isRegularFile(file)) {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            for (Kept k : kept) {
                if (k.file().equals(file) && k.modified().equals(attributes.lastModifiedTime())
                        && k.size() == attributes.size()) {
                    return k.entries();
                }
            }
        }
        return Builds.readManifest(build);
    }

    /** Writes a build's manifest and keeps it. */
    public synchronized void write(Path build, Map<String, String> entries) throws IOException {
        Builds.writeManifest(build, entries);
        Path file = build.resolve(Builds.MANIFEST);
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        kept.removeIf(k -> k.file().equals(file));
        kept.addFirst(new Kept(file, attributes.lastModifiedTime(), attributes.size(), Collections.unmodifiableMap(entries)));
        while (kept.size() > 2) {
            kept.removeLast();
        }
    }
}

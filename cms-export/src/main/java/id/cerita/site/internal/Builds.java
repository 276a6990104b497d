package id.cerita.site.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The output root: numbered build directories {@code builds/<n>} and the {@code current} symlink the web server
 * serves. A build is only ever switched in whole, by renaming a new symlink over {@code current}.
 */
public final class Builds {

    public static final String MANIFEST = "manifest.json";
    private static final Pattern ENTRY = Pattern.compile("^\\s*\"([^\"]+)\"\\s*:\\s*\"([0-9a-f]{64})\"");

    private final Path root;
    private final Path builds;
    private final Path current;

    public Builds(Path root) {
        this.root = root;
        this.builds = root.resolve("builds");
        this.current = root.resolve("current");
    }

    /** The build {@code current} points to, if any. */
    public Optional<Path> current() {
        if (!Files.isSymbolicLink(current)) {
            return Optional.empty();
        }
        try {
            Path target = root.resolve(Files.readSymbolicLink(current)).normalize();
            return Files.isDirectory(target) ? Optional.of(target) : Optional.empty();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The directory for the next build: the complete build before the current one, renamed to the next number, if
     * there is one (an incremental build then only rewrites what differs from it), else a fresh one. A reused
     * directory loses its manifest first, so that a build killed while rewriting it is never taken for complete.
     */
    public Next nextReusing(Optional<Path> current, Manifests manifests) throws IOException {
        Files.createDirectories(builds);
        List<Path> numbered;
        try (Stream<Path> dirs = Files.list(builds)) {
            numbered = dirs.filter(d -> d.getFileName().toString().matches("\\d+"))
                .sorted(Comparator.comparingLong(Builds::number)).toList();
        }
        Path target = builds.resolve(String.valueOf(numbered.isEmpty() ? 1 : number(numbered.getLast()) + 1));
        Optional<Path> spare = numbered.reversed().stream()
            .filter(d -> current.map(c -> !c.getFileName().equals(d.getFileName())).orElse(true))
            .filter(d -> Files.isRegularFile(d.resolve(MANIFEST)))
            .findFirst();
        if (spare.isEmpty()) {
            Files.createDirectory(target);
            return new Next(target, Map.of());
        }
        Map<String, String> contents = manifests.read(spare.get());
        Files.delete(spare.get().resolve(MANIFEST));
        Files.move(spare.get(), target);
        return new Next(target, contents);
    }

    /** Where the next build goes, and what that directory already holds (path to fingerprint). */
    public record Next(Path dir, Map<String, String> contents) {
    }

    private static long number(Path build) {
        return Long.parseLong(build.getFileName().toString());
    }

    /** Path to fingerprint, as written by {@link #writeManifest}; empty when there is none. */
    public static Map<String, String> readManifest(Path build) throws IOException {
        Map<String, String> entries = new java.util.HashMap<>();
        Path file = build.resolve(MANIFEST);
        if (!Files.exists(file)) {
            return entries;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher m = ENTRY.matcher(line);
            if (m.find()) {
                entries.put(m.group(1), m.group(2));
            }
        }
        return entries;
    }

    /**
     * Writes the entries in the map's own order (the plan's, which is stable), streamed: at 78,000 files the manifest
     * is 7 MB, and sorting it or building it in one string made garbage that an export after one edit then waited for.
     * Streamed under a temporary name and renamed in one step, because a build with a manifest counts as complete:
     * a manifest cut short by a crash would later be reused as a list of the files the build has.
     */
    public static void writeManifest(Path build, Map<String, String> fingerprints) throws IOException {
        Path partial = build.resolve(MANIFEST + ".partial");
        try (java.io.Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            out.write("{\n  \"version\": 1,\n  \"files\": {\n");
            var it = fingerprints.entrySet().iterator();
            while (it.hasNext()) {
                var e = it.next();
                out.append("    ").append(Json.string(e.getKey())).append(": \"").append(e.getValue()).append('"')
                    .append(it.hasNext() ? ",\n" : "\n");
            }
            out.write("  }\n}\n");
        }
        Files.move(partial, build.resolve(MANIFEST), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Points {@code current} at the build in one rename, then keeps it and the one before it. Older builds are moved
     * into {@code trash/} (one rename each) and deleted there in the background, so a one-story export does not wait
     * for thousands of files to be unlinked; whatever a crash leaves in the trash goes with the next switch.
     */
    public void switchTo(Path build) throws IOException {
        Optional<Path> previous = current();
        Path link = root.resolve("current.tmp-" + build.getFileName());
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, root.relativize(build));
        Files.move(link, current, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        List<Path> keep = Stream.concat(Stream.of(build), previous.stream()).toList();
        Path trash = Files.createDirectories(root.resolve("trash"));
        try (Stream<Path> dirs = Files.list(builds)) {
            for (Path dir : dirs.toList()) {
                if (keep.stream().noneMatch(k -> k.getFileName().equals(dir.getFileName()))) {
                    Files.move(dir, trash.resolve(dir.getFileName() + "-" + System.nanoTime()));
                }
            }
        }
        List<Path> discarded;
        try (Stream<Path> dirs = Files.list(trash)) {
            discarded = dirs.toList();
        }
        if (!discarded.isEmpty()) {
            Thread.ofPlatform().daemon().name("site-trash").start(() -> discarded.forEach(Builds::deleteQuietly));
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            delete(dir);
        }
        catch (IOException | UncheckedIOException e) {
            // another export's cleaner got there first, or the disk is gone: the next switch tries again
        }
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

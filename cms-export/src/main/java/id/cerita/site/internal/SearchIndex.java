package id.cerita.site.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import id.cerita.site.SiteBuildReport.SearchIndexing;

/**
 * The build's {@code pagefind/} bundle. Pagefind cannot update an index in place, so the bundle is made whole or
 * taken whole: its fingerprint is that of every story page (path and fingerprint) and of the binary. When it matches
 * the bundle already in the reused directory, that one stays; when it matches the current build's, that one is
 * hard-linked; otherwise Pagefind indexes the story pages again (the cost an edited story pays; see bench/site).
 * Every file of the bundle goes into the build's manifest with the bundle's fingerprint.
 */
public final class SearchIndex {

    private static final String PREFIX = Pagefind.BUNDLE + "/";
    private static final String ENTRY = PREFIX + "pagefind-entry.json";
    private static final Pattern STORY_PAGE = Pattern.compile("(id/cerita|en/stories)/[^/]+/index\\.html");

    /** The bundle's files (path to fingerprint), and whether Pagefind ran. */
    public record Outcome(Map<String, String> files, SearchIndexing how) {
    }

    private SearchIndex() {
    }

    /** A path of the search bundle: not one of the planned files, never removed as "gone" one by one. */
    public static boolean holds(String path) {
        return path.startsWith(PREFIX);
    }

    /** No bundle in this build: one the reused directory still holds is removed. */
    public static Outcome off(Path build) throws IOException {
        Path bundle = build.resolve(Pagefind.BUNDLE);
        if (Files.exists(bundle)) {
            Builds.delete(bundle);
        }
        return new Outcome(Map.of(), SearchIndexing.OFF);
    }

    /**
     * @param manifest the planned files of this build, all written
     * @param present what the reused directory held before this build (path to fingerprint)
     * @param previous the current build, or null
     * @param before the current build's manifest
     */
    public static Outcome update(Path build, Map<String, String> manifest, Map<String, String> present, Path previous,
            Map<String, String> before, Path outputRoot) throws IOException {
        Fingerprint f = Fingerprint.of("pagefind-1", Pagefind.version());
        int pages = 0;
        for (var e : manifest.entrySet()) {
            if (STORY_PAGE.matcher(e.getKey()).matches()) {
                f.add(e.getKey()).add(e.getValue());
                pages++;
            }
        }
        String fingerprint = f.hex();
        Path bundle = build.resolve(Pagefind.BUNDLE);
        if (pages == 0) {
            // Pagefind refuses to index nothing; a site without stories has nothing to find, and its box stays empty
            if (Files.exists(bundle)) {
                Builds.delete(bundle);
            }
            return new Outcome(Map.of(), SearchIndexing.NONE);
        }
        if (fingerprint.equals(present.get(ENTRY)) && Files.isRegularFile(bundle.resolve("pagefind-entry.json"))) {
            return new Outcome(listing(bundle, fingerprint), SearchIndexing.REUSED);
        }
        if (Files.exists(bundle)) {
            Builds.delete(bundle);
        }
        if (previous != null && fingerprint.equals(before.get(ENTRY)) && linkTree(previous.resolve(Pagefind.BUNDLE), bundle)) {
            return new Outcome(listing(bundle, fingerprint), SearchIndexing.REUSED);
        }
        Pagefind.index(build, outputRoot);
        return new Outcome(listing(bundle, fingerprint), SearchIndexing.INDEXED);
    }

    private static boolean linkTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return false;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                }
                else {
                    Files.createLink(target, source);
                }
            }
            return true;
        }
        catch (IOException | UnsupportedOperationException e) {
            if (Files.exists(to)) {
                Builds.delete(to);
            }
            return false;
        }
    }

    private static Map<String, String> listing(Path bundle, String fingerprint) throws IOException {
        Map<String, String> files = new TreeMap<>();
        Path site = bundle.getParent();
        try (Stream<Path> walk = Files.walk(bundle)) {
            walk.filter(Files::isRegularFile)
                .forEach(p -> files.put(site.relativize(p).toString().replace('\\', '/'), fingerprint));
        }
        return files;
    }
}

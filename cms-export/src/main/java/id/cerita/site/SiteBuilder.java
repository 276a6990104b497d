package id.cerita.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import id.cerita.site.internal.Builds;
import id.cerita.site.internal.ListingFingerprints;
import id.cerita.site.internal.Manifests;
import id.cerita.site.internal.OutputFile;
import id.cerita.site.internal.SearchIndex;
import id.cerita.site.internal.SitePlan;
import id.cerita.site.internal.StoryDigests;
import id.cerita.site.internal.Templates;

/**
 * Builds the static site from a {@link SiteInput}, reading no database: deterministic (same input, byte-identical
 * files), incremental and atomic. Each build goes into a new {@code builds/<n>} and {@code current} is switched to
 * it in one rename at the end; a crash before that leaves the old site serving. The build before the current one is
 * renamed and reused for the next (files it already has with the right fingerprint stay, so a one-story edit touches
 * a few dozen files); anything else whose fingerprint is unchanged is hard-linked from the current build, and the
 * rest is rendered. Then Pagefind indexes the story pages into {@code pagefind/} ({@link SearchIndex}), so a build
 * never goes live without its search. Thread-safe; build one and share it.
 */
public final class SiteBuilder {

    /** Told after each file. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void filesDone(int done, int total);
    }

    private final MarkdownRenderer markdown;
    private final SiteImages images;
    private final Templates templates;
    private final StoryDigests digests = new StoryDigests();
    private final ListingFingerprints listings = new ListingFingerprints();
    private final Manifests manifests = new Manifests();

    public SiteBuilder(MarkdownRenderer markdown, SiteImages images) {
        this(markdown, images, new Templates());
    }

    private SiteBuilder(MarkdownRenderer markdown, SiteImages images, Templates templates) {
        this.markdown = markdown;
        this.images = images;
        this.templates = templates;
    }

    /**
     * The same builder for a site served without the visitors' search (no {@code pagefind/} bundle, and pages without
     * the search box and Pagefind's scripts): a site whose host has its own search, and the benchmark that compares page generation
     * with Hugo, which builds no search index either.
     */
    public SiteBuilder withoutVisitorsSearch() {
        return new SiteBuilder(markdown, images, new Templates(false));
    }

    public SiteBuildReport build(SiteInput input, Path outputRoot) {
        return build(input, outputRoot, Progress.NONE);
    }

    public SiteBuildReport build(SiteInput input, Path outputRoot, Progress progress) {
        try {
            Builds builds = new Builds(outputRoot);
            Optional<Path> current = builds.current();
            Path previous = current.orElse(null);
            Map<String, String> before = previous == null ? Map.of() : manifests.read(previous);
            List<OutputFile> files = new SitePlan(input, markdown, templates, images, digests, listings).files();
            Builds.Next next = builds.nextReusing(current, manifests);
            Path build = next.dir();
            Map<String, String> present = next.contents();
            // what became of each file, by its place in the plan: the report lists them in plan order, no locking
            boolean[] wasRendered = new boolean[files.size()];
            AtomicInteger done = new AtomicInteger();
            // createDirectories throws and catches an exception for a directory that exists: ask once per directory
            Map<Path, Path> directories = new ConcurrentHashMap<>();
            java.util.stream.IntStream.range(0, files.size()).parallel().forEach(i -> {
                OutputFile file = files.get(i);
                String had = present.get(file.path());
                try {
                    if (!file.fingerprint().equals(had)) { // else the reused directory has it already
                        Path target = build.resolve(file.path());
                        // computeIfAbsent: a second thread waits until the first has made the directory
                        directories.computeIfAbsent(target.getParent(), SiteBuilder::createDirectories);
                        if (previous == null || !file.fingerprint().equals(before.get(file.path()))
                                || !link(target, previous.resolve(file.path()), had != null)) {
                            write(target, file.content().get(), had != null);
                            wasRendered[i] = true;
                        }
                    }
                }
                catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                progress.filesDone(done.incrementAndGet(), files.size());
            });
            List<String> rendered = new ArrayList<>();
            List<String> linked = new ArrayList<>(files.size());
            for (int i = 0; i < files.size(); i++) {
                (wasRendered[i] ? rendered : linked).add(files.get(i).path());
            }
            // in plan order: a hash map to look up, written as it is (stable order, no sort of 78,000 paths)
            Map<String, String> manifest = java.util.LinkedHashMap.newLinkedHashMap(files.size() + 16);
            files.forEach(f -> manifest.put(f.path(), f.fingerprint()));
            for (String gone : present.keySet()) {
                if (!manifest.containsKey(gone) && !SearchIndex.holds(gone)) {
                    Files.deleteIfExists(build.resolve(gone));
                    removeEmptyFolders(build.resolve(gone).getParent(), build);
                }
            }
            // the index is made from the finished pages, and is part of the build before it goes live
            long indexing = System.nanoTime();
            SearchIndex.Outcome index = templates.visitorsSearch()
                    ? SearchIndex.update(build, manifest, present, previous, before, outputRoot)
                    : SearchIndex.off(build);
            manifest.putAll(index.files());
            manifests.write(build, manifest);
            builds.switchTo(build);
            return new SiteBuildReport(build, rendered, linked,
                    index.how(), (System.nanoTime() - indexing) / 1_000_000);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Removes {@code dir} and its parents up to (not including) {@code build} while they are empty, so a story that
     * left the site (embargo, unpublish, consent withdrawn) leaves no folder named after its slug either.
     */
    private static void removeEmptyFolders(Path dir, Path build) throws IOException {
        for (Path folder = dir; folder != null && !folder.equals(build) && folder.startsWith(build); folder = folder.getParent()) {
            try (var entries = Files.newDirectoryStream(folder)) {
                if (entries.iterator().hasNext()) {
                    return;
                }
            }
            catch (java.nio.file.NoSuchFileException alreadyGone) {
                continue;
            }
            Files.delete(folder);
        }
    }

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path target, byte[] content, boolean replacing) throws IOException {
        if (replacing) {
            replace(target, temporary -> Files.write(temporary, content));
        }
        else {
            Files.write(target, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
    }

    private static boolean link(Path target, Path source, boolean replacing) {
        try {
            if (replacing) {
                replace(target, temporary -> Files.createLink(temporary, source));
            }
            else {
                Files.createLink(target, source);
            }
            return true;
        }
        catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /**
     * A file of a reused directory may be hard-linked from the site being served: it is never written in place, but
     * made under a temporary name and renamed over the old one.
     */
    private static void replace(Path target, FileMaker make) throws IOException {
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp-" + Thread.currentThread().threadId());
        Files.deleteIfExists(temporary);
        make.makeAt(temporary);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @FunctionalInterface
    private interface FileMaker {
        void makeAt(Path path) throws IOException;
    }
}

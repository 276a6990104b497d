package id.cerita.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import id.cerita.site.internal.Builds;
import id.cerita.site.internal.OutputFile;
import id.cerita.site.internal.SitePlan;
import id.cerita.site.internal.Templates;

/**
 * Builds the static site from a {@link SiteInput}, reading no database: deterministic (same input, byte-identical
 * files), incremental (a file whose fingerprint is unchanged is hard-linked from the previous build) and atomic
 * (everything goes into a new {@code builds/<n>} and {@code current} is switched to it in one rename at the end;
 * a crash before that leaves the old site serving). Thread-safe; build one and share it.
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
    private final Templates templates = new Templates();

    public SiteBuilder(MarkdownRenderer markdown, SiteImages images) {
        this.markdown = markdown;
        this.images = images;
    }

    public SiteBuildReport build(SiteInput input, Path outputRoot) {
        return build(input, outputRoot, Progress.NONE);
    }

    public SiteBuildReport build(SiteInput input, Path outputRoot, Progress progress) {
        try {
            Builds builds = new Builds(outputRoot);
            Path previous = builds.current().orElse(null);
            Map<String, String> before = previous == null ? Map.of() : Builds.readManifest(previous);
            List<OutputFile> files = new SitePlan(input, markdown, templates, images).files();
            Path build = builds.next();
            List<String> rendered = Collections.synchronizedList(new ArrayList<>());
            List<String> linked = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger done = new AtomicInteger();
            // createDirectories throws and catches an exception for a directory that exists: ask once per directory
            Map<Path, Path> directories = new ConcurrentHashMap<>();
            files.parallelStream().forEach(file -> {
                Path target = build.resolve(file.path());
                try {
                    // computeIfAbsent: a second thread waits until the first has made the directory
                    directories.computeIfAbsent(target.getParent(), SiteBuilder::createDirectories);
                    if (previous != null && file.fingerprint().equals(before.get(file.path()))
                            && link(target, previous.resolve(file.path()))) {
                        linked.add(file.path());
                    }
                    else {
                        Files.write(target, file.content().get());
                        rendered.add(file.path());
                    }
                }
                catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                progress.filesDone(done.incrementAndGet(), files.size());
            });
            Map<String, String> manifest = new TreeMap<>();
            files.forEach(f -> manifest.put(f.path(), f.fingerprint()));
            Builds.writeManifest(build, manifest);
            builds.switchTo(build);
            return new SiteBuildReport(build, rendered.stream().sorted().toList(), linked.stream().sorted().toList());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
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

    private static boolean link(Path target, Path source) {
        try {
            Files.createLink(target, source);
            return true;
        }
        catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}

package id.cerita.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import id.cerita.site.internal.Builds;

/**
 * The exported site as staff preview it from the CMS: the live build ({@code current}) and the newest build that is
 * not live yet, read-only, file by file. Paths are resolved inside the build directory only: a build is a number, and
 * a path that normalises outside its build, or goes through a hidden segment, finds nothing.
 */
@Component
public class SitePreviews {

    private static final Pattern BUILD = Pattern.compile("\\d{1,9}");

    private final SiteProperties properties;

    SitePreviews(SiteProperties properties) {
        this.properties = properties;
    }

    /** The builds staff may open: the live one (null before the first export) and a newer one, not live yet. */
    public record Available(String live, String pending) {
    }

    public Available available() {
        Builds builds = new Builds(properties.outputDir());
        String live = builds.current().map(p -> p.getFileName().toString()).orElse(null);
        long liveNumber = live == null ? 0 : Long.parseLong(live);
        String pending = numbered().filter(n -> n > liveNumber).max(Comparator.naturalOrder())
            .map(String::valueOf).orElse(null);
        return new Available(live, pending);
    }

    /** Whether staff may open this build: the live one or a newer one. */
    public boolean previewable(String build) {
        Available available = available();
        return build != null && (build.equals(available.live()) || build.equals(available.pending()));
    }

    /**
     * The live build, if {@code build} is an older one: an export that ran after the editor clicked "open build 3"
     * replaced it, and the editor wants the site as it is now, not a "not found".
     */
    public Optional<String> successor(String build) {
        if (build == null || !BUILD.matcher(build).matches()) {
            return Optional.empty();
        }
        String live = available().live();
        return live != null && Long.parseLong(live) > Long.parseLong(build) ? Optional.of(live) : Optional.empty();
    }

    /** The file at {@code path} (slash-separated, relative) of a previewable build; a directory gives its index.html. */
    public Optional<Path> file(String build, String path) {
        if (build == null || !BUILD.matcher(build).matches() || !previewable(build)) {
            return Optional.empty();
        }
        String relative = path == null ? "" : path.replace('\\', '/');
        while (relative.startsWith("/")) {
            relative = relative.substring(1);
        }
        for (String segment : relative.split("/")) {
            if (segment.startsWith(".") || segment.indexOf('\0') >= 0 || segment.contains(":")) {
                return Optional.empty();
            }
        }
        try {
            Path dir = properties.outputDir().resolve("builds").resolve(build).toRealPath();
            Path file = dir.resolve(relative).normalize();
            if (!file.startsWith(dir)) {
                return Optional.empty();
            }
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(dir)) {
                return Optional.empty();
            }
            return Optional.of(file);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Stream<Long> numbered() {
        Path builds = properties.outputDir().resolve("builds");
        if (!Files.isDirectory(builds)) {
            return Stream.empty();
        }
        try (Stream<Path> dirs = Files.list(builds)) {
            List<Long> numbers = dirs.map(d -> d.getFileName().toString()).filter(n -> BUILD.matcher(n).matches())
                .map(Long::parseLong).toList();
            return numbers.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

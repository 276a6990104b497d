package id.cerita.search.embedded;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The embedded node's class path: the Elasticsearch jars listed at build time in {@value #RESOURCE} (scope provided,
 * so never on the application's class path) plus the node-side classes of this module.
 */
final class NodeClasspath {

    static final String RESOURCE = "node-classpath.txt";

    private NodeClasspath() {
    }

    static String resolve(Path home) {
        List<String> entries = new ArrayList<>(elasticsearchJars());
        entries.add(ownClasses(home).toString());
        return String.join(File.pathSeparator, entries);
    }

    private static List<String> elasticsearchJars() {
        try (InputStream in = NodeClasspath.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The embedded Elasticsearch class path (" + RESOURCE + ") is missing "
                        + "from this build. Build with Maven, or set cerita.search.uris to use a cluster.");
            }
            List<String> jars = Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim()
                .split(File.pathSeparator)).filter(s -> !s.isBlank()).toList();
            List<String> missing = jars.stream().filter(jar -> !Files.isRegularFile(Path.of(jar))).toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("The embedded Elasticsearch node needs jars that are not on this "
                        + "machine (first: " + missing.getFirst() + "). Rebuild with Maven here, or set "
                        + "cerita.search.uris to use a cluster.");
            }
            return jars;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where this module's classes are: a folder or a jar when run from Maven or an IDE; inside the application's
     * executable jar it is a nested jar, which is copied out once so the child JVM can read it.
     */
    private static Path ownClasses(Path home) {
        URL location = NodeClasspath.class.getProtectionDomain().getCodeSource().getLocation();
        if ("file".equals(location.getProtocol())) {
            try {
                return Path.of(location.toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        try (InputStream in = location.openStream()) {
            Path jar = Files.createDirectories(home.resolve("lib")).resolve("cerita-search-node.jar");
            Files.copy(in, jar, StandardCopyOption.REPLACE_EXISTING);
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the node classes out of " + location, e);
        }
    }
}

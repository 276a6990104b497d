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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded node's class path: the Elasticsearch jars listed at build time in {@value #RESOURCE} (scope provided,
 * so never on the application's class path) plus the node-side classes of this module.
 *
 * <p>The jars are taken from the first place that has all of them: the folder {@value #LIB_PROPERTY} names, the
 * {@value #DISTRIBUTION_FOLDER} folder beside the application jar ({@code ./cerita build} puts them there, so the
 * distribution runs on a machine with only a JDK), and last the Maven repository of the build (tests, {@code ./cerita
 * demo} from a clone).
 */
final class NodeClasspath {

    static final String RESOURCE = "node-classpath.txt";
    static final String LIB_PROPERTY = "cerita.search.embedded.lib";
    static final String DISTRIBUTION_FOLDER = "elasticsearch";
    private static final Logger log = LoggerFactory.getLogger(NodeClasspath.class);

    private NodeClasspath() {
    }

    static String resolve(Path home) {
        List<String> entries = new ArrayList<>(elasticsearchJars());
        entries.add(ownClasses(home).toString());
        return String.join(File.pathSeparator, entries);
    }

    private static List<String> elasticsearchJars() {
        List<Path> built = listedJars();
        for (Path folder : libraryFolders()) {
            List<Path> inFolder = built.stream().map(jar -> folder.resolve(jar.getFileName())).toList();
            if (inFolder.stream().allMatch(Files::isRegularFile)) {
                log.info("Embedded Elasticsearch jars from {}", folder);
                return inFolder.stream().map(Path::toString).toList();
            }
            log.warn("{} lacks some of the embedded Elasticsearch jars; not using it", folder);
        }
        List<Path> missing = built.stream().filter(jar -> !Files.isRegularFile(jar)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The embedded Elasticsearch node needs jars that are not on this "
                    + "machine (first: " + missing.getFirst() + "). Run the distribution that ./cerita build makes "
                    + "(its " + DISTRIBUTION_FOLDER + " folder beside cerita.jar), set " + LIB_PROPERTY + ", or set "
                    + "cerita.search.uris to use a cluster.");
        }
        log.info("Embedded Elasticsearch jars from the build's Maven repository");
        return built.stream().map(Path::toString).toList();
    }

    private static List<Path> listedJars() {
        try (InputStream in = NodeClasspath.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The embedded Elasticsearch class path (" + RESOURCE + ") is missing "
                        + "from this build. Build with Maven, or set cerita.search.uris to use a cluster.");
            }
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim()
                .split(File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The configured folder, then the one beside the application jar when started with {@code java -jar}. */
    static List<Path> libraryFolders() {
        List<Path> folders = new ArrayList<>();
        String configured = System.getProperty(LIB_PROPERTY, System.getenv("CERITA_SEARCH_EMBEDDED_LIB"));
        if (configured != null && !configured.isBlank()) {
            folders.add(Path.of(configured).toAbsolutePath());
        }
        String classPath = System.getProperty("java.class.path", "");
        if (!classPath.isBlank() && !classPath.contains(File.pathSeparator) && classPath.endsWith(".jar")) {
            Path beside = Path.of(classPath).toAbsolutePath().resolveSibling(DISTRIBUTION_FOLDER);
            if (Files.isDirectory(beside)) {
                folders.add(beside);
            }
        }
        return folders;
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

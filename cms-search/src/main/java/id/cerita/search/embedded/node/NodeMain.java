package id.cerita.search.embedded.node;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.common.transport.TransportAddress;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.node.ClasspathPluginNode;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.transport.netty4.Netty4Plugin;

/**
 * The embedded node's own JVM: starts a single Elasticsearch node on 127.0.0.1 with its data under the given home
 * folder, prints {@value #READY} and its HTTP address when it serves, and closes the node when its standard input
 * ends (the application closed it, or died) or when it is asked to terminate.
 *
 * <p>Arguments: {@code <home> <http port, 0 = any free port> [setting=value ...]}. Without settings it is a cluster of
 * its own ({@code discovery.type: single-node}); given {@code discovery.seed_hosts} (with {@code cluster.name},
 * {@code node.name}, {@code transport.port}, {@code cluster.initial_master_nodes}) it joins the others, as the cluster
 * test's three nodes do.
 */
public final class NodeMain {

    /** The line prefix the launcher waits for. */
    public static final String READY = "CERITA-ELASTICSEARCH-READY ";

    private NodeMain() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath();
        String httpPort = args.length > 1 ? args[1] : "0";
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            given.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        String nodeName = given.getOrDefault("node.name", "cerita-embedded");
        Files.createDirectories(home.resolve("config"));
        prepareNativeAccess(home);
        Settings.Builder builder = Settings.builder()
            .put("cluster.name", "cerita-embedded")
            .put("node.name", nodeName)
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("network.host", "127.0.0.1")
            .put("http.port", httpPort)
            .put("transport.port", "0")
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("logger.level", "WARN")
            // with it on, every terms facet over a field of up to 1,000 values is first rebuilt as one filter query per
            // value, on every request, even where it is then not used: 6-7% of a story search's CPU (cms-search README)
            .put("search.aggs.rewrite_to_filter_by_filter", false)
            // Elasticsearch runs 1.5 searches per core (plus one) for disks that keep threads waiting; this node's
            // index sits in memory, so more searches than cores only take turns on them. One per core: at 8 clients on
            // 2 cores, p99 50.4 -> 43.3 ms and 415 -> 457 queries/s (bench/results/search.md)
            .put("thread_pool.search.size", Runtime.getRuntime().availableProcessors());
        if (!given.containsKey("discovery.seed_hosts")) {
            builder.put("discovery.type", "single-node");
        }
        given.forEach(builder::put);
        Settings settings = builder.build();
        LogConfigurator.configureWithoutConfig(settings);
        LogConfigurator.setNodeName(nodeName);
        var environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), home.resolve("config"),
                () -> nodeName);
        Node node = new ClasspathPluginNode(environment,
                List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, RootEndpointPlugin.class,
                        SynonymsApiPlugin.class));
        node.start();

        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            awaitQuietly(closed);
        }, "cerita-node-shutdown"));
        Thread watcher = new Thread(() -> {
            drain(System.in);
            stop.countDown();
        }, "cerita-node-parent-watch");
        watcher.setDaemon(true);
        watcher.start();

        TransportAddress address = node.injector().getInstance(HttpServerTransport.class).boundAddress()
            .publishAddress();
        System.out.println(READY + "http://" + address.getAddress() + ":" + address.getPort());
        System.out.flush();

        stop.await();
        node.close();
        boolean done = node.awaitClose(30, TimeUnit.SECONDS);
        closed.countDown();
        System.exit(done ? 0 : 1);
    }

    /** Reads until the parent closes the pipe (or dies, which closes it too). */
    private static void drain(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // nothing is sent on purpose; anything read is ignored
            }
        } catch (IOException e) {
            // the pipe broke: the parent is gone
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Elasticsearch looks for its native libraries where its launcher put them; without them zstd (used by
     * {@code best_compression}) is missing. Point it at the operating system's libzstd, and leave out the vector
     * library, which only ships in the distribution.
     */
    private static void prepareNativeAccess(Path home) throws IOException {
        if (System.getProperty("es.nativelibs.path") == null) {
            Path dir = Files.createDirectories(home.resolve("native"));
            Path link = dir.resolve(System.mapLibraryName("zstd"));
            if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                for (String candidate : List.of("/usr/lib/x86_64-linux-gnu/libzstd.so.1",
                        "/lib/x86_64-linux-gnu/libzstd.so.1", "/usr/lib/aarch64-linux-gnu/libzstd.so.1",
                        "/usr/lib64/libzstd.so.1", "/usr/lib/libzstd.so.1", "/opt/homebrew/lib/libzstd.dylib",
                        "/usr/local/lib/libzstd.dylib")) {
                    if (Files.exists(Path.of(candidate))) {
                        Files.createSymbolicLink(link, Path.of(candidate));
                        break;
                    }
                }
            }
            System.setProperty("es.nativelibs.path", dir.toString());
        }
        System.setProperty("org.elasticsearch.nativeaccess.enableVectorLibrary", "false");
    }
}

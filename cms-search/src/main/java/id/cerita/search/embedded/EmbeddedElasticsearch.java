package id.cerita.search.embedded;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Elasticsearch in a child JVM, so that none of its jars (Netty, Log4j, Lucene) meets the
 * application's class path. The child runs on the JDK of this JVM, serves HTTP on 127.0.0.1, keeps its data in
 * {@code home}, and stops when {@link #close()} closes its standard input; if this JVM dies, the pipe closes and the
 * child stops by itself.
 */
public final class EmbeddedElasticsearch implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedElasticsearch.class);
    private static final Logger nodeLog = LoggerFactory.getLogger("id.cerita.search.embedded.node");
    private static final String MAIN = "id.cerita.search.embedded.node.NodeMain";
    private static final String READY = "CERITA-ELASTICSEARCH-READY ";

    private final Process process;
    private final URI uri;
    private final CompletableFuture<URI> ready;
    private final Deque<String> recent;
    private final Thread shutdownHook;

    private EmbeddedElasticsearch(Process process, URI uri, CompletableFuture<URI> ready, Deque<String> recent) {
        this.process = process;
        this.uri = uri;
        this.ready = ready;
        this.recent = recent;
        this.shutdownHook = new Thread(this::stop, "cerita-elasticsearch-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts the node and waits until it serves HTTP.
     *
     * @param home folder for the node's data, logs and temporary files
     * @param httpPort 0 for any free port
     * @param heap heap size of the child JVM, e.g. {@code 512m}
     */
    public static EmbeddedElasticsearch start(Path home, int httpPort, String heap, Duration timeout)
            throws IOException {
        EmbeddedElasticsearch node = launch(home, httpPort, heap);
        node.awaitReady(timeout);
        return node;
    }

    /**
     * Launches the node without waiting: its address is known at once (a free port is chosen here when
     * {@code httpPort} is 0), requests fail until it serves. The application's startup is not held up by it.
     */
    public static EmbeddedElasticsearch launch(Path home, int httpPort, String heap) throws IOException {
        return launch(home, httpPort, heap, Map.of());
    }

    /**
     * Launches a node with Elasticsearch settings of its own, e.g. {@code discovery.seed_hosts} and
     * {@code transport.port} to make it one of several nodes of a cluster (see {@code NodeMain}).
     */
    public static EmbeddedElasticsearch launch(Path home, int httpPort, String heap, Map<String, String> settings)
            throws IOException {
        Path root = Files.createDirectories(home.toAbsolutePath().normalize());
        Files.createDirectories(root.resolve("tmp"));
        int port = httpPort != 0 ? httpPort : freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms" + heap, "-Xmx" + heap, "-XX:+UseSerialGC", "-Xss1m",
                "--enable-native-access=ALL-UNNAMED", "--add-modules=jdk.incubator.vector",
                "-Dsun.misc.unsafe.memory.access=allow",
                "-Djava.io.tmpdir=" + root.resolve("tmp"), "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true",
                "-Dlog4j2.disable.jmx=true", "-Dlog4j.shutdownHookEnabled=false"));
        // the variable Elasticsearch's own launcher reads, for a profiler or GC flags; later options win
        String extra = System.getenv("ES_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-cp", NodeClasspath.resolve(root), MAIN, root.toString(), Integer.toString(port)));
        settings.forEach((key, value) -> command.add(key + "=" + value));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        log.info("Starting the embedded Elasticsearch node (pid {}) on 127.0.0.1:{} in {}", process.pid(), port, root);
        CompletableFuture<URI> ready = new CompletableFuture<>();
        Deque<String> recent = new ArrayDeque<>();
        Thread pump = new Thread(() -> pump(process, ready, recent), "cerita-elasticsearch-output");
        pump.setDaemon(true);
        pump.start();
        ready.thenAccept(uri -> log.info("Embedded Elasticsearch serves {}", uri));
        return new EmbeddedElasticsearch(process, URI.create("http://127.0.0.1:" + port), ready, recent);
    }

    /** A free port on the loopback interface, e.g. for a cluster node's transport. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Waits until the node serves HTTP; fails with its last output if it exits or takes longer than the timeout. */
    public void awaitReady(Duration timeout) throws IOException {
        try {
            ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the embedded Elasticsearch node", e);
        } catch (ExecutionException | TimeoutException e) {
            String output;
            synchronized (recent) {
                output = String.join("\n", recent);
            }
            close();
            throw new IOException("The embedded Elasticsearch node did not start within " + timeout
                    + ". Its last output:\n" + output, e);
        }
    }

    /** True once the node serves HTTP. */
    public boolean isReady() {
        return ready.isDone() && !ready.isCompletedExceptionally() && process.isAlive();
    }

    private static void pump(Process process, CompletableFuture<URI> ready, Deque<String> recent) {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (!ready.isDone() && line.startsWith(READY)) {
                    ready.complete(URI.create(line.substring(READY.length()).trim()));
                    continue;
                }
                synchronized (recent) {
                    recent.addLast(line);
                    if (recent.size() > 40) {
                        recent.removeFirst();
                    }
                }
                nodeLog.info(line);
            }
        } catch (IOException e) {
            // the child's output closed: it has exited
        }
        ready.completeExceptionally(new IllegalStateException("the node exited with " + exitCode(process)));
    }

    private static String exitCode(Process process) {
        try {
            return Integer.toString(process.waitFor());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown code";
        }
    }

    /** Where the node serves HTTP, e.g. {@code http://127.0.0.1:41923}. */
    public URI uri() {
        return uri;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** Asks the node to close (it flushes its shards), waits for it, and kills it if it does not stop in time. */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run
        }
    }

    private synchronized void stop() {
        if (!process.isAlive()) {
            return;
        }
        try {
            process.getOutputStream().close();
            if (!process.waitFor(40, TimeUnit.SECONDS)) {
                log.warn("The embedded Elasticsearch node did not stop in 40 s; terminating it");
                process.destroy();
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        } catch (IOException e) {
            process.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}

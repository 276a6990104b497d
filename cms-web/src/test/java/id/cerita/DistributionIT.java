package id.cerita;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution {@code ./cerita build} makes runs on a machine with only a JDK: copied away from the build, started
 * with its own launcher under a home folder with no Maven repository, it serves the demo and its embedded search
 * node finds a demo story. Runs after {@code package} (failsafe), on the folder the assembly wrote.
 */
class DistributionIT {

    private static final Duration STARTUP = Duration.ofMinutes(5);

    @TempDir
    Path temp;
    private Process cerita;

    @Test
    void theDistributionStartsAndSearchesWithoutTheBuildsMavenRepository() throws Exception {
        Path built = Path.of(System.getProperty("cerita.distribution", "target/cerita"));
        assertThat(built.resolve("cerita.jar")).as("run mvn package first").isRegularFile();
        Path dist = copy(built, temp.resolve("cerita"));
        Path home = Files.createDirectories(temp.resolve("home"));
        int port = freePort();

        ProcessBuilder launcher = new ProcessBuilder("sh", dist.resolve("cerita").toString(), "demo",
                "--server.port=" + port, "--server.address=127.0.0.1")
            .directory(dist.toFile())
            .redirectErrorStream(true)
            .redirectOutput(temp.resolve("cerita.log").toFile());
        Map<String, String> env = launcher.environment();
        env.put("HOME", home.toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        // user.home is read from the password file, not HOME: point it away from ~/.m2 as well
        env.put("CERITA_JAVA_OPTS", "-Xmx768m -XX:+UseSerialGC -Duser.home=" + home);
        env.put("CERITA_DATA_DIR", temp.resolve("data").toString());
        cerita = launcher.start();

        URI search = URI.create("http://127.0.0.1:" + port + "/api/search/stories?q=donat");
        String body = awaitHit(search);
        assertThat(body).contains("\"total\":").doesNotContain("\"total\":0,");
        String log = Files.readString(temp.resolve("cerita.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("Embedded Elasticsearch jars from " + dist.resolve("elasticsearch"));
        assertThat(Files.exists(home.resolve(".m2"))).as("nothing was fetched into a Maven repository").isFalse();
    }

    private String awaitHit(URI search) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String basic = Base64.getEncoder().encodeToString("jurnalis:cerita-demo".getBytes(StandardCharsets.UTF_8));
        Instant deadline = Instant.now().plus(STARTUP);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            assertThat(cerita.isAlive()).as("Cerita exited; see %s", temp.resolve("cerita.log")).isTrue();
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(search)
                    .header("Authorization", "Basic " + basic).header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
                last = response.statusCode() + " " + response.body();
                if (response.statusCode() == 200 && !response.body().contains("\"total\":0,")) {
                    return response.body();
                }
            } catch (IOException notServingYet) {
                last = notServingYet.toString();
            }
            Thread.sleep(2_000);
        }
        throw new AssertionError("no search hit within " + STARTUP + "; last answer: " + last + "\n"
                + tail(temp.resolve("cerita.log")));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (cerita != null && cerita.isAlive()) {
            // SIGTERM: Boot shuts down gracefully and the embedded node's pipe closes with it
            cerita.destroy();
            if (!cerita.waitFor(60, TimeUnit.SECONDS)) {
                cerita.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}

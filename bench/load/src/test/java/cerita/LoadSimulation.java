package cerita;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Journalists searching and downloading press kits, and writers and editors saving and moving stories, against
 * Cerita behind a proxy (bench/load/run.sh starts two instances, HAProxy and the faults). Every request's outcome and
 * time is written to {@code requests.csv} (Gatling's own log is binary), and every save Cerita acknowledged is checked
 * afterwards: its text must be the story's current text ({@code lost-edits.txt}).
 */
public class LoadSimulation extends Simulation {

    // from the environment: the forked Gatling JVM inherits it from run.sh
    private static final String BASE = env("LOAD_BASE", "http://127.0.0.1:8180");
    private static final Path OUT = Path.of(env("LOAD_OUT", "target/load"));
    private static final int JOURNALISTS = Integer.parseInt(env("LOAD_JOURNALISTS", "50"));
    private static final int WRITERS = Integer.parseInt(env("LOAD_WRITERS", "5"));
    private static final Duration DURATION = Duration.ofSeconds(Long.parseLong(env("LOAD_DURATION", "300")));
    private static final List<String> QUERIES = List.of("donat", "fotografer", "bunga", "rias", "pelatihan",
            "kopi", "jambi", "gorontalo", "usaha kue", "penata rias", "wartawan mentawai", "papan ucapan",
            "alumni prakerja", "digital marketing", "rumah makan aceh");
    private static final List<String> REGIONS = List.of("15.06", "16.73", "75.71", "13.09", "72.10", "11.71");

    /** One request: name, start (epoch ms), time taken, and whether it succeeded. */
    record Sample(String name, long start, long millis, boolean ok, String detail) {
    }

    private static final ConcurrentLinkedQueue<Sample> SAMPLES = new ConcurrentLinkedQueue<>();
    /** Each story a writer saved: the marker of the last save Cerita acknowledged (2xx). */
    private static final Map<String, String> ACKNOWLEDGED = new ConcurrentHashMap<>();

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptHeader("application/json")
        .contentTypeHeader("application/json").disableCaching().shareConnections();

    /** Records the request just made (its checks saved status and time), then lets the user go on. */
    private static ChainBuilder record(String name) {
        return exec(session -> {
            long millis = session.contains("rt") ? session.getLong("rt") : 0;
            String status = session.contains("status") ? String.valueOf(session.getInt("status")) : "none";
            boolean ok = !session.isFailed();
            SAMPLES.add(new Sample(name, System.currentTimeMillis() - millis, millis, ok, status));
            return session.remove("rt").remove("status").markAsSucceeded();
        });
    }

    private static String token(String user) {
        return "Bearer " + System.getenv("LOAD_TOKEN_" + user.toUpperCase(java.util.Locale.ROOT));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private final ScenarioBuilder journalists = scenario("journalists")
        .exec(session -> session.set("auth", token("jurnalis")))
        .during(DURATION).on(
            exec(session -> session.set("q", QUERIES.get(ThreadLocalRandom.current().nextInt(QUERIES.size())))
                    .remove("hit"))
                .exec(http("search").get("/api/search/stories").queryParam("q", "#{q}")
                    .header("Authorization", "#{auth}")
                    .check(status().saveAs("status"), status().is(200), responseTimeInMillis().saveAs("rt"),
                            jsonPath("$.hits[0].storyId").optional().saveAs("hit")))
                .exec(record("search"))
                .doIf(session -> session.contains("hit") && ThreadLocalRandom.current().nextInt(3) == 0).then(
                    exec(http("press kit").get("/api/stories/#{hit}/press-kit").header("Authorization", "#{auth}")
                            .header("Accept", "application/zip")
                            .check(status().saveAs("status"), status().is(200), responseTimeInMillis().saveAs("rt")))
                        .exec(record("press kit")))
                .pause(Duration.ofMillis(500), Duration.ofMillis(2500)));

    private static String story(Long version, String title, String body, String region) {
        return "{" + (version == null ? "" : "\"version\":" + version + ",")
                + "\"language\":\"ID\",\"title\":\"" + title + "\",\"summary\":\"Ringkasan uji beban.\","
                + "\"body\":\"" + body + "\",\"regionCode\":\"" + region + "\"}";
    }

    /** Saves the story with a new marker in its text; the marker counts as acknowledged only on a 200. */
    private static ChainBuilder save() {
        return exec(session -> session.set("marker", "penanda-" + UUID.randomUUID()))
            .exec(http("save").put("/api/stories/#{id}").header("Authorization", "#{auth}")
                .body(StringBody(session -> story(session.getLong("version"), session.getString("title"),
                        "Suntingan dengan " + session.getString("marker") + ".", session.getString("region"))))
                .check(status().saveAs("status"), status().is(200), responseTimeInMillis().saveAs("rt"),
                        jsonPath("$.version").ofLong().saveAs("version")))
            .exec(session -> {
                if (!session.isFailed()) {
                    ACKNOWLEDGED.put(session.getString("id"), session.getString("marker"));
                }
                return session;
            })
            .exec(record("save"))
            .pause(Duration.ofSeconds(1), Duration.ofSeconds(3));
    }

    private ChainBuilder step(String step, String authKey) {
        return exec(http(step).post("/api/stories/#{id}/" + step).header("Authorization", "#{" + authKey + "}")
                .body(StringBody("{\"reason\":\"Mohon tambahkan kutipan alumni.\"}"))
                .check(status().saveAs("status"), status().is(200), responseTimeInMillis().saveAs("rt"),
                        jsonPath("$.version").ofLong().saveAs("version")))
            .exec(record(step));
    }

    private final ScenarioBuilder writers = scenario("writers and editors")
        .exec(session -> {
            // writers sari and rina write; the editors budi and dewi review, never their own work
            long n = session.userId();
            String author = List.of("sari", "rina", "budi", "sari", "rina").get((int) (n % 5));
            String reviewer = author.equals("dewi") ? "budi" : "dewi";
            return session.set("auth", token(author)).set("reviewerAuth", token(reviewer));
        })
        .during(DURATION).on(
            exec(session -> session.set("title", "Uji beban " + UUID.randomUUID().toString().substring(0, 8))
                    .set("region", REGIONS.get(ThreadLocalRandom.current().nextInt(REGIONS.size())))
                    .remove("id"))
                .exec(http("create").post("/api/stories").header("Authorization", "#{auth}")
                    .body(StringBody(session -> story(null, session.getString("title"), "Draf pertama.",
                            session.getString("region"))))
                    .check(status().saveAs("status"), status().is(201), responseTimeInMillis().saveAs("rt"),
                            jsonPath("$.id").saveAs("id"), jsonPath("$.version").ofLong().saveAs("version")))
                .exec(record("create"))
                .doIf(session -> session.contains("id")).then(
                    save().exec(save()).exec(step("submit", "auth"))
                        .exec(step("request-changes", "reviewerAuth"))
                        .exec(save()).exec(step("submit", "auth"))));

    {
        setUp(journalists.injectOpen(rampUsers(JOURNALISTS).during(Duration.ofSeconds(10))),
                writers.injectOpen(rampUsers(WRITERS).during(Duration.ofSeconds(5))))
            .protocols(protocol);
    }

    @Override
    public void after() {
        try {
            Files.createDirectories(OUT);
            List<String> lines = new ArrayList<>(List.of("name,start_ms,millis,ok,status"));
            SAMPLES.forEach(s -> lines.add(s.name() + "," + s.start() + "," + s.millis() + "," + s.ok() + ","
                    + s.detail()));
            Files.write(OUT.resolve("requests.csv"), lines);
            Files.writeString(OUT.resolve("lost-edits.txt"), lostEdits());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads every saved story back: the last acknowledged marker must be in its text. */
    private static String lostEdits() throws IOException {
        HttpClient client = HttpClient.newHttpClient();
        List<String> lost = new ArrayList<>();
        for (Map.Entry<String, String> saved : ACKNOWLEDGED.entrySet()) {
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create(BASE + "/api/stories/" + saved.getKey())).header("Authorization", token("sari"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200 || !response.body().contains(saved.getValue())) {
                    lost.add(saved.getKey() + " " + saved.getValue() + " " + response.statusCode());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        return "checked " + ACKNOWLEDGED.size() + "\nlost " + lost.size() + "\n" + String.join("\n", lost) + "\n";
    }
}

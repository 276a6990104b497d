package id.cerita.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

import id.cerita.CeritaApplication;
import id.cerita.alumni.Alumni;
import id.cerita.alumni.AlumnusDetails;
import id.cerita.common.SystemActor;
import id.cerita.impact.ImpactOverview;
import id.cerita.impact.ImpactReports;
import id.cerita.search.IndexRebuild;
import id.cerita.search.TestSearchNode;
import id.cerita.site.SiteBuildReport;
import id.cerita.site.SiteExports;
import id.cerita.testsupport.TestDatabases;
import id.cerita.user.Role;
import id.cerita.user.StaffUsers;

/**
 * Two application instances on two ports, one PostgreSQL schema and one Elasticsearch index, as behind a proxy with
 * {@code cerita.sessions.store=jdbc}: someone signed in on A continues on B with the same cookie, a save on B from the
 * version A has already replaced is a conflict, a scheduled job that A is running is skipped by B, and exports asked
 * for on both while a build runs give one build in the shared output folder.
 */
class TwoInstancesIntegrationTests {

    private static final String PASSWORD = "kata-sandi-dua-instans";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void startTwoInstances() throws Exception {
        String schema = TestDatabases.freshPostgresSchema();
        Path data = Files.createTempDirectory("cerita-two-instances-");
        Map<String, Object> shared = new HashMap<>();
        shared.put("spring.datasource.url", TestDatabases.PG_URL + (TestDatabases.PG_URL.contains("?") ? "&" : "?")
                + "currentSchema=" + schema);
        shared.put("spring.datasource.username", TestDatabases.PG_USER);
        shared.put("spring.datasource.password", TestDatabases.PG_PASSWORD);
        shared.put("cerita.sessions.store", "jdbc");
        shared.put("cerita.search.uris", TestSearchNode.node().uri().toString());
        shared.put("cerita.search.index", "stories-" + UUID.randomUUID().toString().substring(0, 8));
        shared.put("cerita.data-dir", data.toString());
        shared.put("cerita.impact.cache-ttl", "PT1H");
        // no rebuild of its own during the test: the nightly test counts who started one
        shared.put("cerita.search.definition-check-delay", "PT1H");
        shared.put("server.port", "0");
        shared.put("server.address", "127.0.0.1");
        // as command-line arguments: they win over application.properties (builder properties would not)
        String[] args = shared.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
            .toArray(String[]::new);
        // one after the other: the first migrates the schema
        a = new SpringApplicationBuilder(CeritaApplication.class).run(args);
        b = new SpringApplicationBuilder(CeritaApplication.class).run(args);
        assertThat(a.getEnvironment().getProperty("spring.datasource.url")).contains("currentSchema=" + schema);
        SystemActor.run(() -> a.getBean(StaffUsers.class).create("ratna-dua", "Ratna Dua Instans", PASSWORD,
                EnumSet.of(Role.EDITOR)));
    }

    @AfterAll
    static void stopBoth() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @Test
    void someoneSignedInOnOneInstanceContinuesOnTheOther() throws Exception {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(url(a, "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = session(form);
        String csrf = match(CSRF, form.body());

        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(url(a, "/login"))
            .header("Cookie", "SESSION=" + cookie).header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("username=ratna-dua&password=" + enc(PASSWORD) + "&_csrf="
                    + enc(csrf)))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        // the session id changes at sign-in (fixation protection), in the database too
        String after = session(signedIn);
        assertThat(after).isNotEqualTo(cookie);

        HttpResponse<String> onB = http.send(HttpRequest.newBuilder(url(b, "/dashboard"))
            .header("Cookie", "SESSION=" + after).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains("Ratna Dua Instans");

        HttpResponse<String> stranger = http.send(HttpRequest.newBuilder(url(b, "/dashboard")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(stranger.statusCode()).as("no cookie, no session").isEqualTo(302);
    }

    @Test
    void twoSavesFromTheSameVersionOnTwoInstancesEndInAConflictForTheSecond() throws Exception {
        String basic = "Basic " + java.util.Base64.getEncoder()
            .encodeToString(("ratna-dua:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> created = http.send(json(url(a, "/api/stories"), basic, "POST", story(null,
                "Isi pertama.")), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = match(Pattern.compile("\"id\":\"([0-9a-f-]{36})\""), created.body());

        HttpResponse<String> onA = http.send(json(url(a, "/api/stories/" + id), basic, "PUT",
                story(0L, "Suntingan di instans A.")), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> onB = http.send(json(url(b, "/api/stories/" + id), basic, "PUT",
                story(0L, "Suntingan di instans B.")), HttpResponse.BodyHandlers.ofString());

        assertThat(onA.statusCode()).isEqualTo(200);
        assertThat(onB.statusCode()).as("B saw the version A wrote").isEqualTo(409);
        assertThat(onB.body()).contains("Suntingan di instans A.");
    }

    private static HttpRequest json(URI uri, String authorization, String method, String body) {
        return HttpRequest.newBuilder(uri).header("Authorization", authorization)
            .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body))
            .build();
    }

    private static String story(Long version, String body) {
        return "{" + (version == null ? "" : "\"version\":" + version + ",")
                + "\"language\":\"ID\",\"title\":\"Yeni menyewakan papan ucapan\","
                + "\"summary\":\"Ringkasan cerita alumni.\",\"body\":\"" + body + "\",\"regionCode\":\"15.06\"}";
    }

    @Test
    void aScheduledJobThatOneInstanceRunsIsSkippedByTheOther() {
        LockConfiguration digest = new LockConfiguration(Instant.now(), "alerts-weekly-digest", Duration.ofMinutes(5),
                Duration.ZERO);
        SimpleLock onA = a.getBean(LockProvider.class).lock(digest).orElseThrow();
        try {
            assertThat(b.getBean(LockProvider.class).lock(digest)).as("B while A runs it").isEmpty();
        }
        finally {
            onA.unlock();
        }
        b.getBean(LockProvider.class).lock(digest).orElseThrow().unlock();
    }

    @Test
    void theNightlyIndexRebuildRunsOnOneInstanceOnly() throws Exception {
        // what the scheduler calls at 02:30 on every instance, through the bean (and so through its lock)
        Method nightly = IndexRebuild.class.getDeclaredMethod("nightly");
        nightly.setAccessible(true);
        IndexRebuild onA = a.getBean(IndexRebuild.class);
        IndexRebuild onB = b.getBean(IndexRebuild.class);
        assertThat(onB.progress().startedAt()).isNull();

        nightly.invoke(onA);
        nightly.invoke(onB);

        assertThat(onA.progress().startedAt()).as("A ran it").isNotNull();
        assertThat(onB.progress().startedAt()).as("B skipped it: A holds the lock for at least a minute").isNull();
        Instant deadline = Instant.now().plusSeconds(60);
        while (onA.progress().running() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertThat(onA.progress().state()).as("A's rebuild finished").isEqualTo(IndexRebuild.RebuildProgress.State.DONE);
    }

    @Test
    void exportsAskedForOnBothInstancesWhileABuildRunsGiveOneBuild() throws Exception {
        SiteExports onA = a.getBean(SiteExports.class);
        SiteExports onB = b.getBean(SiteExports.class);
        onA.exportNow();
        int before = Integer.parseInt(onA.progress().build());

        // a build under way somewhere holds the lock while both requests come in
        SimpleLock running = a.getBean(LockProvider.class).lock(new LockConfiguration(Instant.now(), "site-export",
                Duration.ofMinutes(1), Duration.ZERO)).orElseThrow();
        CompletableFuture<SiteBuildReport> fromA;
        CompletableFuture<SiteBuildReport> fromB;
        try {
            fromA = onA.start();
            fromB = onB.start();
            Thread.sleep(1_000);
            assertThat(fromA).as("waits for the build under way").isNotDone();
            assertThat(fromB).isNotDone();
        } finally {
            running.unlock();
        }
        SiteBuildReport first = fromA.get(2, TimeUnit.MINUTES);
        SiteBuildReport second = fromB.get(2, TimeUnit.MINUTES);

        assertThat(first.build()).isEqualTo(second.build());
        assertThat(Integer.parseInt(first.build().getFileName().toString())).as("one build for both").isEqualTo(before + 1);
        assertThat(List.of(first.files(), second.files())).as("one of them wrote it, the other was covered")
            .containsExactlyInAnyOrder(0, first.files() + second.files());
        assertThat(onB.progress().build()).isEqualTo(Integer.toString(before + 1));
    }

    @Test
    void theImpactFiguresOneInstanceKeepsAreReadAgainAfterAChangeOnTheOther() {
        ImpactReports onA = a.getBean(ImpactReports.class);
        ImpactOverview first = onA.overview();
        assertThat(onA.overview()).as("nothing changed: kept").isSameAs(first);

        SystemActor.run(() -> b.getBean(Alumni.class).register(new AlumnusDetails("Oktaviani", 12, "15.06", null,
                null)));

        assertThat(onA.overview()).as("B registered an alumnus: read again").isNotSameAs(first);
    }

    private static URI url(ConfigurableApplicationContext instance, String path) {
        int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String session(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
            .map(m -> m.group(1)).reduce((first, last) -> last).orElseThrow(() ->
                    new AssertionError("no SESSION cookie in " + response.headers().map()));
    }

    private static String match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(pattern.pattern()).isTrue();
        return m.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

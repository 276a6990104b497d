package id.cerita.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.cerita.CeritaApplication;
import id.cerita.media.demo.DemoPhotos;
import id.cerita.search.IndexStatusService;
import id.cerita.search.SearchScope;
import id.cerita.search.StoryQuery;
import id.cerita.search.StorySearch;
import id.cerita.search.TestSearchNode;
import id.cerita.site.SiteExports;
import id.cerita.testsupport.TestDatabases;

/**
 * The documented backup and restore, run as an operator would: the demo on PostgreSQL with its photos, exported;
 * {@code backup} (pg_dump and the media files) while it runs; then {@code restore} into an empty database and an empty
 * data folder, and Cerita started on them with a new search index. The restored Cerita fills the index and exports
 * the site by itself, and has the same stories, media files, search answers and site (the manifest's files, and
 * every file byte for byte) as before.
 */
class BackupRestoreIntegrationTests {

    private static final Duration CATCH_UP = Duration.ofMinutes(4);
    private static final List<String> DATABASES = new ArrayList<>();
    private static final Pattern MANIFEST_ENTRY = Pattern.compile("\"([^\"]+)\"\\s*:\\s*\"[0-9a-f]{64}\"");

    @TempDir
    Path temp;

    @Test
    void aRestoreIntoAnEmptyDatabaseAndDataFolderGivesTheSameStoriesSearchAndSite() throws Exception {
        String source = database("src");
        String target = database("dst");
        Path before = temp.resolve("data-before");
        Path after = temp.resolve("data-after");
        Path backup = temp.resolve("backup");

        State original;
        try (ConfigurableApplicationContext demo = start(source, before, "--spring.profiles.active=demo")) {
            assertThat(demo.getBean(DemoPhotos.class).loaded().get(4, TimeUnit.MINUTES)).isPositive();
            awaitIndexed(demo);
            demo.getBean(SiteExports.class).exportNow();
            original = State.of(demo, before);
            run("backup", source, before, backup.toString());
        }
        assertThat(original.stories()).isEqualTo(20);
        assertThat(original.media()).isPositive();
        assertThat(Files.list(backup).map(p -> p.getFileName().toString()).toList())
            .containsExactlyInAnyOrder("database.dump", "files.tar.gz", "backup.txt");

        run("restore", target, after, backup.toString());
        assertThat(after.resolve("site")).as("nothing derived is restored").doesNotExist();
        try (ConfigurableApplicationContext restored = start(target, after, "--cerita.site.export-when-missing=true")) {
            awaitIndexed(restored);
            await().atMost(CATCH_UP).until(() -> restored.getBean(SiteExports.class).progress().finished());
            State now = State.of(restored, after);

            assertThat(now.stories()).isEqualTo(original.stories());
            assertThat(now.media()).isEqualTo(original.media());
            assertThat(now.originals()).as("media files, by content").isEqualTo(original.originals());
            assertThat(now.hits()).as("search answers").isEqualTo(original.hits());
            assertThat(now.manifest()).as("the site manifest's pages").isEqualTo(original.manifest());
            assertThat(now.site()).as("every file of the site, by its bytes").isEqualTo(original.site());
        }
    }

    /** What the comparison looks at, read from a running instance and its data folder. */
    private record State(long stories, long media, Map<String, Long> hits, Map<String, String> originals,
            Set<String> manifest, Map<String, String> site) {

        static State of(ConfigurableApplicationContext cerita, Path data) throws IOException {
            JdbcClient jdbc = cerita.getBean(JdbcClient.class);
            StorySearch search = cerita.getBean(StorySearch.class);
            Map<String, Long> hits = new TreeMap<>();
            for (String query : List.of("donat", "fotografer", "bunga", "rias", "pelatihan")) {
                hits.put(query, search.search(StoryQuery.text(query), SearchScope.press()).total());
            }
            Path current = data.resolve("site").resolve("current").toRealPath();
            Map<String, String> site = hashes(current);
            // the manifest's fingerprints are of what each file was rendered from (paths of this data folder
            // included); its list of files and the files' bytes are what a restore must give back
            site.remove("manifest.json");
            Set<String> manifest = new TreeSet<>();
            Matcher entry = MANIFEST_ENTRY.matcher(Files.readString(current.resolve("manifest.json"),
                    StandardCharsets.UTF_8));
            while (entry.find()) {
                manifest.add(entry.group(1));
            }
            return new State(jdbc.sql("SELECT COUNT(*) FROM story").query(Long.class).single(),
                    jdbc.sql("SELECT COUNT(*) FROM media_asset").query(Long.class).single(), hits,
                    hashes(data.resolve("media").resolve("originals")), manifest, site);
        }
    }

    private static Map<String, String> hashes(Path folder) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                hashes.put(folder.relativize(file).toString(), sha256(file));
            }
        }
        return hashes;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitIndexed(ConfigurableApplicationContext cerita) {
        IndexStatusService queue = cerita.getBean(IndexStatusService.class);
        StorySearch search = cerita.getBean(StorySearch.class);
        await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
            .until(() -> queue.now().waiting() == 0
                    && search.search(StoryQuery.text("donat"), SearchScope.press()).total() > 0);
    }

    /** The script from the distribution, with the settings an operator would give it. */
    private void run(String script, String database, Path data, String folder) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("sh", Path.of("src", "dist", script).toString(), folder)
            .redirectErrorStream(true).redirectOutput(temp.resolve(script + ".log").toFile());
        builder.environment().put("CERITA_DB_URL", url(database));
        builder.environment().put("CERITA_DB_USER", TestDatabases.PG_USER);
        builder.environment().put("CERITA_DB_PASSWORD", TestDatabases.PG_PASSWORD);
        builder.environment().put("CERITA_DATA_DIR", data.toString());
        Process process = builder.start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as(script + " finished").isTrue();
        assertThat(process.exitValue()).as(script + ": " + Files.readString(temp.resolve(script + ".log")))
            .isZero();
    }

    private static ConfigurableApplicationContext start(String database, Path data, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + url(database),
                "--spring.datasource.username=" + TestDatabases.PG_USER,
                "--spring.datasource.password=" + TestDatabases.PG_PASSWORD,
                "--cerita.data-dir=" + data,
                "--cerita.site.output-dir=" + data.resolve("site"),
                "--cerita.search.uris=" + TestSearchNode.node().uri(),
                "--cerita.search.index=" + database,
                "--server.port=0", "--server.address=127.0.0.1"));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(CeritaApplication.class).run(args.toArray(String[]::new));
    }

    /** A database of its own (pg_dump and pg_restore work on databases), dropped when the tests end. */
    private static String database(String role) {
        String name = "cerita_backup_" + role + "_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(TestDatabases.PG_URL, TestDatabases.PG_USER,
                TestDatabases.PG_PASSWORD)) {
            c.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            if (TestDatabases.isCi()) {
                throw new IllegalStateException("CI=true and PostgreSQL is unreachable: this test must run", e);
            }
            Assumptions.abort("PostgreSQL unreachable (" + e.getMessage() + ")");
        }
        DATABASES.add(name);
        return name;
    }

    private static String url(String database) {
        String base = TestDatabases.PG_URL.replaceAll("\\?.*$", "");
        return base.substring(0, base.lastIndexOf('/') + 1) + database;
    }

    @AfterAll
    static void dropDatabases() {
        try (Connection c = DriverManager.getConnection(TestDatabases.PG_URL, TestDatabases.PG_USER,
                TestDatabases.PG_PASSWORD)) {
            for (String name : DATABASES) {
                c.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            // a leftover database is named for what it is
        }
    }
}

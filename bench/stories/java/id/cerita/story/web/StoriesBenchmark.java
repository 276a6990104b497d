package id.cerita.story.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.cerita.alumni.Alumni;
import id.cerita.common.CourseId;
import id.cerita.common.PlannerStatistics;
import id.cerita.common.SystemActor;
import id.cerita.course.Courses;
import id.cerita.region.Region;
import id.cerita.region.RegionCode;
import id.cerita.region.Regions;
import id.cerita.story.Language;
import id.cerita.story.Outcome;
import id.cerita.story.OutcomeKind;
import id.cerita.story.Quote;
import id.cerita.story.SourceReference;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.story.StoryContent;
import id.cerita.story.StoryFilter;
import id.cerita.story.StoryFixtures;
import id.cerita.story.StoryListing;
import id.cerita.story.StoryStatus;
import id.cerita.testsupport.TestDatabases;

/**
 * Story save and story list latency over 10,000 stories on PostgreSQL (a fresh schema), against a "peer": the same
 * rows written and read with plain JDBC statements, no framework. Not a test (its name keeps it out of the normal
 * run): start it with bench/stories/run.sh, which writes bench/results/stories.md.
 */
@SpringBootTest(properties = "logging.level.root=WARN")
class StoriesBenchmark {

    private static final int STORIES = Integer.getInteger("cerita.bench.stories", 10_000);
    private static final int WARM_UP = Math.min(500, STORIES / 10);
    private static final int SAVES = Math.min(2_000, STORIES);
    private static final int LIST_CALLS = 300;
    private static final String BODY = body();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.postgres(registry);
    }

    @Test
    void measuresSaveAndListLatency(@Autowired Stories stories, @Autowired StoryListing listing,
            @Autowired Regions regions, @Autowired Courses courses, @Autowired Alumni alumni,
            @Autowired DataSource dataSource, @Autowired PlannerStatistics statisticsJob) throws Exception {
        StoryFixtures fixtures = new StoryFixtures(stories, courses, alumni);
        CourseId courseId = fixtures.aCourse("pemasaran-digital").id();
        List<String> regencies = regions.provinces().stream()
            .flatMap(p -> regions.regenciesOf(RegionCode.of(p.code())).stream()).map(Region::code).toList();
        String[] themes = { "kuliner", "kue-dan-roti", "tata-rias", "pemasaran-digital", "fotografi", "kerajinan" };
        Random random = new Random(42);
        List<StoryContent> contents = new ArrayList<>();
        for (int n = 0; n < STORIES; n++) {
            contents.add(content(n, regencies.get(random.nextInt(regencies.size())),
                    Set.of(themes[n % themes.length], themes[(n + 2) % themes.length]), courseId));
        }
        Peer peer = new Peer(dataSource);
        peer.createTables();

        // Story save, first creation: Stories.create (checks references and the slug, writes story, children, revision).
        long[] create = new long[STORIES];
        List<Story> created = new ArrayList<>(STORIES);
        for (int n = 0; n < STORIES; n++) {
            long start = System.nanoTime();
            StoryContent content = contents.get(n);
            created.add(SystemActor.call(() -> stories.create(content, null, "sari")));
            create[n] = System.nanoTime() - start;
        }
        long[] peerCreate = new long[STORIES];
        List<UUID> peerIds = new ArrayList<>(STORIES);
        for (int n = 0; n < STORIES; n++) {
            UUID id = UUID.randomUUID();
            long start = System.nanoTime();
            peer.insert(id, n, contents.get(n));
            peerCreate[n] = System.nanoTime() - start;
            peerIds.add(id);
        }

        // Story save of an existing story with its version: Stories.save vs UPDATE ... WHERE version = ? and children.
        long[] save = new long[SAVES];
        long[] peerSave = new long[SAVES];
        for (int n = 0; n < SAVES; n++) {
            int i = random.nextInt(STORIES);
            Story story = created.get(i);
            StoryContent edited = edit(contents.get(i), n);
            long start = System.nanoTime();
            created.set(i, SystemActor.call(() -> stories.save(story.id(), story.version(), edited, "budi")));
            save[n] = System.nanoTime() - start;
            start = System.nanoTime();
            peer.update(peerIds.get(i), edited);
            peerSave[n] = System.nanoTime() - start;
        }

        // Story list: the editor's list page (20 rows + total) under the filters the UI offers.
        Map<String, StoryFilter> filters = new LinkedHashMap<>();
        filters.put("newest first, no filter", StoryFilter.none());
        filters.put("status = DRAFT", new StoryFilter(StoryStatus.DRAFT, null, null, null, null, null));
        filters.put("province (75)", new StoryFilter(null, "75", null, null, null, null));
        filters.put("theme with narrower (kuliner)", new StoryFilter(null, null, "kuliner", null, null, null));
        filters.put("title text (\"alumni 12\")", new StoryFilter(null, null, null, null, null, "alumni 12"));
        // First as the tables are after loading (this server may run autovacuum = off: no statistics, no visibility
        // map), then after VACUUM ANALYZE, i.e. what autovacuum leaves within a minute or two on a default server.
        String autovacuum = peer.setting("autovacuum");
        String statistics = peer.statistics();
        var fresh = new ListTimes(filters, listing, peer);
        // what the application's own statistics job does within a minute on a server with autovacuum off
        List<String> analysedByCerita = statisticsJob.analyseStaleTables();
        var analysedOnly = new ListTimes(filters, listing, peer);
        peer.vacuumAnalyze();
        var analysed = new ListTimes(filters, listing, peer);

        StringBuilder md = new StringBuilder();
        md.append("# Story save and list latency\n\n")
            .append("Run: ").append(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)).append(" (")
            .append(LocalDate.now(ZoneOffset.UTC)).append(")  \n")
            .append("Command: `bench/stories/run.sh` (one JVM, PostgreSQL ").append(peer.serverVersion())
            .append(" at 127.0.0.1, fresh schema; Java ").append(Runtime.version()).append(", ")
            .append(Runtime.getRuntime().availableProcessors()).append(" cores shared with other work)  \n")
            .append("Data: ").append(STORIES).append(" stories (Markdown body of ").append(BODY.length())
            .append(" characters, 2 themes, 1 course, 1 quote, 1 outcome, 1 source each) in random regencies.\n\n")
            .append("Cerita = the application's own services (`Stories.create` / `Stories.save` with the version check, ")
            .append("`StoryListing.page`), with transactions, reference checks, revisions and events.  \n")
            .append("Peer = the same rows written and read with hand-written JDBC statements on the same connection pool ")
            .append("(one transaction per save; the same list SQL), i.e. the floor any Java code on this database can reach.\n\n")
            .append("| Operation | n | Cerita p50 | Cerita p99 | Peer p50 | Peer p99 | Ratio p50 | Ratio p99 |\n")
            .append("|---|--:|--:|--:|--:|--:|--:|--:|\n");
        row(md, "Save: create a story (first " + WARM_UP + " of " + STORIES + " excluded as warm-up)",
                Arrays.copyOfRange(create, WARM_UP, STORIES), Arrays.copyOfRange(peerCreate, WARM_UP, STORIES));
        row(md, "Save: edit a story with its version (random stories)", save, peerSave);
        fresh.rows(md, "List");
        analysedOnly.rows(md, "List after Cerita's statistics job");
        analysed.rows(md, "List after VACUUM ANALYZE");
        md.append("\nTimes in milliseconds. Ratio = Cerita / peer (1.0 = as fast as plain JDBC). Lists: pages 0-4, ")
            .append(LIST_CALLS).append(" calls per filter after 50 warm-up calls, Cerita and peer alternating. ")
            .append("\"List\" rows: the tables as loaded, with autovacuum = ").append(autovacuum)
            .append(" on this server; \"List after VACUUM ANALYZE\": the same calls once the tables have statistics")
            .append(" and a visibility map, as autovacuum gives them on a default server. Statistics before the \"List\"")
            .append(" rows: ").append(statistics).append(". \"List after Cerita's statistics job\": after one run of")
            .append(" `PlannerStatistics.analyseStaleTables()`, which the application runs every minute and which")
            .append(" analyses (without vacuuming) the tables autovacuum would have, when the server's autovacuum is ")
            .append(autovacuum).append(": it analysed ").append(analysedByCerita).append(".\n");
        String out = System.getProperty("cerita.bench.out", "target/stories-bench.md");
        Path path = Path.of(out);
        Files.createDirectories(path.toAbsolutePath().getParent());
        Files.writeString(path, md);
        System.out.println(md);
    }

    /** The editor's list page (20 rows + total) per filter, {@link StoryListing} and the peer's SQL alternating. */
    private static final class ListTimes {

        private final Map<String, long[]> ours = new LinkedHashMap<>();
        private final Map<String, long[]> theirs = new LinkedHashMap<>();

        ListTimes(Map<String, StoryFilter> filters, StoryListing listing, Peer peer) throws SQLException {
            for (var filter : filters.entrySet()) {
                long[] own = new long[LIST_CALLS];
                long[] peers = new long[LIST_CALLS];
                for (int n = 0; n < LIST_CALLS + 50; n++) {
                    int page = n % 5;
                    long start = System.nanoTime();
                    listing.page(filter.getValue(), page, 20);
                    long ourTime = System.nanoTime() - start;
                    start = System.nanoTime();
                    peer.page(filter.getValue(), page, 20);
                    long peerTime = System.nanoTime() - start;
                    if (n >= 50) {
                        own[n - 50] = ourTime;
                        peers[n - 50] = peerTime;
                    }
                }
                ours.put(filter.getKey(), own);
                theirs.put(filter.getKey(), peers);
            }
        }

        void rows(StringBuilder md, String prefix) {
            row(md, prefix + ": all filters together (20 rows + total)", concat(ours.values()), concat(theirs.values()));
            for (String name : ours.keySet()) {
                row(md, prefix + ": " + name, ours.get(name), theirs.get(name));
            }
        }
    }

    private static void row(StringBuilder md, String name, long[] ours, long[] theirs) {
        double p50 = percentile(ours, 50), p99 = percentile(ours, 99);
        double q50 = percentile(theirs, 50), q99 = percentile(theirs, 99);
        md.append(String.format(java.util.Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f | %.1f | %.1f |%n", name,
                ours.length, p50, p99, q50, q99, p50 / q50, p99 / q99));
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }

    private static long[] concat(java.util.Collection<long[]> parts) {
        return parts.stream().flatMapToLong(Arrays::stream).toArray();
    }

    private static StoryContent content(int n, String region, Set<String> themes, CourseId courseId) {
        return new StoryContent(Language.ID, "Cerita alumni " + n + ": usaha baru setelah pelatihan", null,
                "Ringkasan cerita alumni nomor " + n + " yang membuka usaha setelah pelatihan.", BODY, null, region,
                null, Set.of(courseId), themes,
                List.of(new Quote("Saya belajar memasarkan usaha lewat media sosial.", "Alumni " + n, "Pemilik usaha")),
                List.of(new Outcome(OutcomeKind.MONTHLY_REVENUE, "Omzet per bulan", 10_000_000L + n, "Wawancara")),
                List.of(new SourceReference("Media Daerah", "Alumni pelatihan membuka usaha", "https://example.org/" + n,
                        LocalDate.of(2024, 6, 5))));
    }

    private static StoryContent edit(StoryContent c, int n) {
        return new StoryContent(c.language(), c.title(), null, c.summary(), c.body() + "\n\nPembaruan " + n + ".",
                c.alumnusId(), c.regionCode(), c.gatheringId(), c.courseIds(), c.themeCodes(), c.quotes(), c.outcomes(),
                c.sources());
    }

    private static String body() {
        String paragraph = "Setelah mengikuti **pelatihan pemasaran digital**, ia mulai menjual produknya lewat media "
                + "sosial. Pelanggan datang dari kabupaten tetangga, dan kini ia mempekerjakan dua orang tetangganya.\n\n";
        return "## Awal usaha\n\n" + paragraph.repeat(8);
    }

    /** The plain-JDBC peer: the same tables (copied, without foreign keys), the same rows, hand-written SQL. */
    static final class Peer {

        private static final String[] TABLES = { "story", "story_course", "story_theme", "story_quote",
                "story_outcome", "story_source", "story_revision" };
        private final DataSource dataSource;

        Peer(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        String serverVersion() throws SQLException {
            try (Connection c = dataSource.getConnection()) {
                return c.getMetaData().getDatabaseProductVersion();
            }
        }

        String setting(String name) throws SQLException {
            try (Connection c = dataSource.getConnection(); var statement = c.createStatement();
                    ResultSet rs = statement.executeQuery("SHOW " + name)) {
                rs.next();
                return rs.getString(1);
            }
        }

        /** When the listing's tables were last analysed (by anyone: Cerita, autovacuum, a person) and what changed since. */
        String statistics() throws SQLException {
            List<String> tables = new ArrayList<>();
            try (Connection c = dataSource.getConnection(); var statement = c.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT relname, GREATEST(last_analyze, last_autoanalyze),"
                            + " n_mod_since_analyze FROM pg_stat_user_tables WHERE schemaname = current_schema()"
                            + " AND relname IN ('story', 'story_theme', 'theme', 'region') ORDER BY relname")) {
                while (rs.next()) {
                    var at = rs.getTimestamp(2);
                    tables.add("`" + rs.getString(1) + "` " + (at == null ? "never analysed"
                            : "analysed at " + at.toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                            + " (" + rs.getLong(3) + " rows changed since)");
                }
            }
            return String.join(", ", tables);
        }

        /** What autovacuum does to freshly loaded tables: statistics for the planner, a visibility map for index-only scans. */
        void vacuumAnalyze() throws SQLException {
            try (Connection c = dataSource.getConnection()) {
                for (String table : List.of("region", "theme", "story", "story_theme", "peer_story", "peer_story_theme")) {
                    c.createStatement().execute("VACUUM ANALYZE " + table);
                }
            }
        }

        void createTables() throws SQLException {
            try (Connection c = dataSource.getConnection()) {
                for (String table : TABLES) {
                    c.createStatement().execute("CREATE TABLE peer_" + table + " (LIKE " + table + " INCLUDING ALL)");
                }
            }
        }

        void insert(UUID id, int n, StoryContent s) throws SQLException {
            Timestamp now = Timestamp.from(Instant.now());
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO peer_story (id, slug, language, translation_key, title, summary, body, region_code,
                          status, live, current_revision, author, last_editor, created_at, updated_at, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', FALSE, 1, 'sari', 'sari', ?, ?, 0)""")) {
                    ps.setObject(1, id);
                    ps.setString(2, "cerita-alumni-" + n);
                    ps.setString(3, s.language().name());
                    ps.setObject(4, UUID.randomUUID());
                    ps.setString(5, s.title());
                    ps.setString(6, s.summary());
                    ps.setString(7, s.body());
                    ps.setString(8, s.regionCode());
                    ps.setTimestamp(9, now);
                    ps.setTimestamp(10, now);
                    ps.executeUpdate();
                }
                children(c, id, s);
                revision(c, id, 1, s, now);
                c.commit();
            }
        }

        void update(UUID id, StoryContent s) throws SQLException {
            Timestamp now = Timestamp.from(Instant.now());
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                int revision;
                try (PreparedStatement ps = c.prepareStatement("""
                        UPDATE peer_story SET title = ?, summary = ?, body = ?, region_code = ?, last_editor = 'budi',
                          updated_at = ?, current_revision = current_revision + 1, version = version + 1
                        WHERE id = ? RETURNING current_revision""")) {
                    ps.setString(1, s.title());
                    ps.setString(2, s.summary());
                    ps.setString(3, s.body());
                    ps.setString(4, s.regionCode());
                    ps.setTimestamp(5, now);
                    ps.setObject(6, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        revision = rs.getInt(1);
                    }
                }
                for (String table : List.of("story_course", "story_theme", "story_quote", "story_outcome", "story_source")) {
                    try (PreparedStatement ps = c.prepareStatement("DELETE FROM peer_" + table + " WHERE story_id = ?")) {
                        ps.setObject(1, id);
                        ps.executeUpdate();
                    }
                }
                children(c, id, s);
                revision(c, id, revision, s, now);
                c.commit();
            }
        }

        private static void children(Connection c, UUID id, StoryContent s) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO peer_story_course (story_id, course_id) VALUES (?, ?)")) {
                for (CourseId course : s.courseIds()) {
                    ps.setObject(1, id);
                    ps.setObject(2, course.value());
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO peer_story_theme (story_id, theme_code) VALUES (?, ?)")) {
                for (String theme : s.themeCodes()) {
                    ps.setObject(1, id);
                    ps.setString(2, theme);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO peer_story_quote (story_id, position, text, speaker, speaker_role) VALUES (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < s.quotes().size(); i++) {
                    Quote q = s.quotes().get(i);
                    ps.setObject(1, id);
                    ps.setInt(2, i);
                    ps.setString(3, q.text());
                    ps.setString(4, q.speaker());
                    ps.setString(5, q.speakerRole());
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO peer_story_outcome (story_id, position, kind, description, amount, source) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < s.outcomes().size(); i++) {
                    Outcome o = s.outcomes().get(i);
                    ps.setObject(1, id);
                    ps.setInt(2, i);
                    ps.setString(3, o.kind().name());
                    ps.setString(4, o.description());
                    ps.setObject(5, o.amount());
                    ps.setString(6, o.source());
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO peer_story_source (story_id, position, outlet, title, url, published_on) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < s.sources().size(); i++) {
                    SourceReference r = s.sources().get(i);
                    ps.setObject(1, id);
                    ps.setInt(2, i);
                    ps.setString(3, r.outlet());
                    ps.setString(4, r.title());
                    ps.setString(5, r.url());
                    ps.setObject(6, r.publishedOn());
                    ps.executeUpdate();
                }
            }
        }

        private static void revision(Connection c, UUID id, int number, StoryContent s, Timestamp now) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO peer_story_revision (id, story_id, number, title, summary, body, author, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, 'sari', ?)""")) {
                ps.setObject(1, UUID.randomUUID());
                ps.setObject(2, id);
                ps.setInt(3, number);
                ps.setString(4, s.title());
                ps.setString(5, s.summary());
                ps.setString(6, s.body());
                ps.setTimestamp(7, now);
                ps.executeUpdate();
            }
        }

        /** The same two statements the story list runs (total, then one page), against the peer tables. */
        List<Object[]> page(StoryFilter f, int page, int size) throws SQLException {
            List<Object> params = new ArrayList<>();
            StringBuilder where = new StringBuilder(" WHERE 1 = 1");
            if (f.status() != null) {
                where.append(" AND s.status = ?");
                params.add(f.status().name());
            }
            if (f.regionCode() != null) {
                where.append(f.regionCode().length() == 2
                        ? " AND s.region_code IN (SELECT code FROM region WHERE province_code = ?)"
                        : " AND s.region_code = ?");
                params.add(f.regionCode());
            }
            if (f.themeCode() != null) {
                where.append(" AND s.id IN (SELECT st.story_id FROM peer_story_theme st WHERE st.theme_code IN"
                        + " (SELECT t.code FROM theme t WHERE t.code = ? OR t.parent_code = ?))");
                params.add(f.themeCode());
                params.add(f.themeCode());
            }
            if (f.text() != null) {
                where.append(" AND LOWER(s.title) LIKE ?");
                params.add("%" + f.text().toLowerCase(java.util.Locale.ROOT) + "%");
            }
            List<Object[]> rows = new ArrayList<>();
            try (Connection c = dataSource.getConnection()) {
                c.setReadOnly(true);
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT COUNT(*) FROM peer_story s" + where)) {
                    bind(ps, params);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        rs.getLong(1);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("""
                        SELECT s.id, s.slug, s.language, s.title, s.status, s.live, s.region_code, r.name AS region_name,
                               p.name AS province_name, s.author, s.last_editor, s.updated_at, s.published_at, s.version
                        FROM peer_story s JOIN region r ON r.code = s.region_code JOIN region p ON p.code = r.province_code"""
                        + where + " ORDER BY s.updated_at DESC, s.id LIMIT ? OFFSET ?")) {
                    List<Object> all = new ArrayList<>(params);
                    all.add(size);
                    all.add((long) page * size);
                    bind(ps, all);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            Object[] row = new Object[14];
                            for (int i = 0; i < 14; i++) {
                                row[i] = rs.getObject(i + 1);
                            }
                            rows.add(row);
                        }
                    }
                }
                c.setReadOnly(false);
            }
            return rows;
        }

        private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
        }
    }
}

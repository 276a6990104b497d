package id.cerita.coretest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.cerita.alumni.Alumni;
import id.cerita.common.StoryId;
import id.cerita.common.SystemActor;
import id.cerita.course.Courses;
import id.cerita.revision.Revisions;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.story.StoryContent;
import id.cerita.story.StoryFixtures;
import id.cerita.testsupport.TestDatabases;

/**
 * bench/revisions/run.sh: a story with 1,000 revisions on PostgreSQL; how long listing its history and diffing two
 * revisions take, against the peer baseline of a plain SELECT of the same revision rows. Skipped unless
 * {@code -Dcerita.bench=true}; writes {@code -Dcerita.bench.out}.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class RevisionsBenchmark {

    static final int REVISIONS = 1_000;
    static final int RUNS = 200;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if (Boolean.getBoolean("cerita.bench")) {
            TestDatabases.postgres(registry);
        }
        else {
            TestDatabases.h2(registry);
        }
    }

    @Test
    void measuresListingAndDiffingAStoryWithAThousandRevisions(@Autowired Stories stories,
            @Autowired Revisions revisions, @Autowired Courses courses, @Autowired Alumni alumni,
            @Autowired JdbcClient jdbc) throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("cerita.bench"), "run with bench/revisions/run.sh");
        StoryFixtures fixtures = new StoryFixtures(stories, courses, alumni);
        long buildStart = System.nanoTime();
        StoryId id = SystemActor.call(() -> {
            StoryContent base = fixtures.content("Vita, penata rias dari Gorontalo");
            Story story = stories.create(withBody(base, body(0)), null, "sari");
            for (int n = 1; n < REVISIONS; n++) {
                story = stories.save(story.id(), story.version(), withBody(base, body(n)), n % 2 == 0 ? "sari" : "budi");
            }
            return story.id();
        });
        double buildSeconds = (System.nanoTime() - buildStart) / 1e9;

        Map<String, double[]> t = new java.util.LinkedHashMap<>();
        t.put("history (1,000 summaries)", time(() -> SystemActor.call(() -> revisions.history(id)).size()));
        t.put("baseline: SELECT * of the 1,000 rows", time(() -> jdbc.sql(
                "SELECT * FROM story_revision WHERE story_id = ? ORDER BY number DESC").param(id.value())
            .query((rs, i) -> rs.getString("body")).list().size()));
        t.put("diff 999 -> 1000 (adjacent)", time(() -> SystemActor.call(() -> revisions.compare(id, 999, 1000))
            .body().segments().size()));
        t.put("diff 1 -> 1000 (far apart)", time(() -> SystemActor.call(() -> revisions.compare(id, 1, 1000))
            .body().segments().size()));
        t.put("baseline: SELECT * of the 2 rows", time(() -> jdbc.sql(
                "SELECT * FROM story_revision WHERE story_id = ? AND number IN (1, 1000)").param(id.value())
            .query((rs, i) -> rs.getString("body")).list().size()));
        assertThat(SystemActor.call(() -> revisions.history(id))).hasSize(REVISIONS);

        double listRatio = median(t.get("history (1,000 summaries)")) / median(t.get("baseline: SELECT * of the 1,000 rows"));
        double diffRatio = median(t.get("diff 1 -> 1000 (far apart)")) / median(t.get("baseline: SELECT * of the 2 rows"));
        StringBuilder md = new StringBuilder();
        md.append("# Revisions benchmark\n\n");
        md.append("Date: ").append(LocalDate.now()).append(" (Asia/Jakarta). Command: `bench/revisions/run.sh`. Database: PostgreSQL at ")
            .append(TestDatabases.PG_URL.replaceAll("\\?.*", "")).append(" (fresh schema), JDBC from the test JVM; ")
            .append(Runtime.getRuntime().availableProcessors()).append(" CPUs shared with other work.\n\n");
        md.append("One story with ").append(REVISIONS).append(" revisions (body ~").append(body(0).length())
            .append(" characters, each save changes a few words), built through `Stories.save` in ")
            .append(String.format("%.1f", buildSeconds)).append(" s. Each operation run ").append(RUNS)
            .append(" times after a warm-up of 30; milliseconds.\n\n");
        md.append("| Operation | median ms | p95 ms |\n|---|---:|---:|\n");
        t.forEach((name, v) -> md.append(String.format("| %s | %.2f | %.2f |%n", name, median(v), p95(v))));
        md.append(String.format("%nRatios (Cerita / peer baseline, medians): listing the history %.2fx a plain "
                + "`SELECT *` of the same 1,000 rows (the listing leaves the texts in the database); a word-level diff "
                + "of revisions 1 and 1000 (title, summary and body) %.2fx a plain `SELECT *` of those two rows.%n",
                listRatio, diffRatio));
        md.append("\nThe peer baseline is the cheapest way to get the same rows out: no mapping, no diff. "
                + "Listing reads `number, author, created_at, note, LENGTH(body)` with the (story_id, number) "
                + "unique index; diffing loads two revisions by that index and runs java-diff-utils (Myers) over word "
                + "tokens.\n");
        Path out = Path.of(System.getProperty("cerita.bench.out", "target/revisions.md"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md);
        System.out.println(md);
    }

    private static double[] time(Supplier<Integer> work) {
        for (int i = 0; i < 30; i++) {
            work.get();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            assertThat(work.get()).isPositive();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static double p95(double[] sorted) {
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
    }

    /** A ~4,300 character body of twelve paragraphs in which revision n changes a few words. */
    private static String body(int n) {
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < 12; p++) {
            paragraphs.add("Paragraf " + (p + 1) + ": Vita lulus kuliah saat pandemi dan mengikuti pelatihan pemasaran "
                    + "digital dari Prakerja. Ia belajar memotret hasil riasannya, menulis keterangan yang menarik, "
                    + "dan membalas pesan pelanggan dengan cepat. Usahanya kini melayani " + (10 + (p == n % 12 ? n : 0))
                    + " pengantin setiap bulan di Kota Gorontalo dan sekitarnya, revisi " + (p == (n * 7) % 12 ? n : 0)
                    + ". Ia berbagi pengalamannya di temu alumni gelombang 5.");
        }
        return String.join("\n\n", paragraphs);
    }

    private static StoryContent withBody(StoryContent c, String body) {
        return new StoryContent(c.language(), c.title(), c.slug(), c.summary(), body, c.alumnusId(), c.regionCode(),
                c.gatheringId(), c.courseIds(), c.themeCodes(), c.quotes(), c.outcomes(), c.sources());
    }
}

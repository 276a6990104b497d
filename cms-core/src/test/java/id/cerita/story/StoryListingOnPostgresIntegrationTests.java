package id.cerita.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.cerita.common.PlannerStatistics;
import id.cerita.testsupport.TestDatabases;

class StoryListingOnPostgresIntegrationTests extends StoryListingIntegrationTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.postgres(registry);
    }

    @Test
    void keepsATrigramIndexForTheTitleFilter(@Autowired JdbcClient jdbc) {
        String index = jdbc.sql("SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema()"
                + " AND indexname = 'story_title_trgm_idx'").query(String.class).single();

        assertThat(index).contains("gin", "lower((title)::text)", "gin_trgm_ops");
    }

    @Test
    void analysesTheTablesNobodyHasAndTheStaleOnesWhenTheServerRunsWithoutAutovacuum(
            @Autowired PlannerStatistics statistics, @Autowired JdbcClient jdbc) throws InterruptedException {
        // the migrations loaded every theme (19 rows: too few for autovacuum ever to analyse them) and every region;
        // the server's counters are flushed within a second or so, hence the wait, and the scheduled run may be the
        // one that gets there first
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        boolean analysed = false;
        while (!analysed && System.nanoTime() < deadline) {
            statistics.analyseStaleTables();
            analysed = jdbc.sql("SELECT COUNT(*) = 2 FROM pg_stat_user_tables WHERE schemaname = current_schema()"
                    + " AND relname IN ('theme', 'region') AND last_analyze IS NOT NULL").query(Boolean.class).single();
            Thread.sleep(analysed ? 0 : 500);
        }

        assertThat(analysed).as("theme and region analysed").isTrue();
        assertThat(statistics.analyseStaleTables()).as("fresh statistics are left alone")
            .doesNotContain("theme", "region");
    }
}

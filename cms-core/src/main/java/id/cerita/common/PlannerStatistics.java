package id.cerita.common;

import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * PostgreSQL plans the staff story list from table statistics that autovacuum gathers. A server run with
 * {@code autovacuum = off} never gathers them: at 10,000 stories the theme filter then took 30 ms instead of 12
 * (bench/results/stories.md), the planner expecting 169 stories where 6,666 matched. On such a server Cerita does the
 * analyse half of autovacuum's work for the tables of its own schema, at autovacuum's own threshold (50 rows plus a
 * tenth of the table changed since the last analyse). On any server it also analyses the tables nobody ever has:
 * autovacuum skips a table with fewer than 50 changes, such as the 19 themes a migration loads, and without their
 * statistics the theme filter's plan went wrong all the same. On H2 it does nothing.
 */
@Component
public class PlannerStatistics {

    private static final Logger log = LoggerFactory.getLogger(PlannerStatistics.class);

    private final JdbcClient jdbc;
    private final boolean postgres;
    private volatile boolean warned;

    PlannerStatistics(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.postgres = Databases.isPostgres(dataSource);
    }

    /** Whether the server gathers statistics itself; false also when the database is not PostgreSQL. */
    public boolean serverAnalyses() {
        return postgres && "on".equals(setting("autovacuum"));
    }

    /** Analyses the tables whose statistics are missing, or stale when the server will not; returns those tables. */
    @Scheduled(fixedDelayString = "${cerita.database.statistics-check-interval:PT1M}", initialDelayString = "PT30S")
    @SchedulerLock(name = "planner-statistics", lockAtMostFor = "PT10M")
    public List<String> analyseStaleTables() {
        if (!postgres) {
            return List.of();
        }
        boolean serverAnalyses = serverAnalyses();
        if (!serverAnalyses && !warned) {
            warned = true;
            log.warn("autovacuum is off on this PostgreSQL server: Cerita analyses its own tables for the query planner"
                    + " (a server that also vacuums them keeps its lists fastest)");
        }
        long base = Long.parseLong(setting("autovacuum_analyze_threshold"));
        double share = Double.parseDouble(setting("autovacuum_analyze_scale_factor"));
        List<String> stale = jdbc.sql("""
                SELECT relname FROM pg_stat_user_tables
                WHERE schemaname = current_schema()
                  AND ((last_analyze IS NULL AND last_autoanalyze IS NULL AND n_mod_since_analyze > 0)
                    OR (NOT ? AND n_mod_since_analyze > ? + ? * GREATEST(n_live_tup, 0)))
                ORDER BY relname""")
            .params(serverAnalyses, base, share).query(String.class).list();
        for (String table : stale) {
            // names from the catalogue, quoted all the same
            jdbc.sql("ANALYZE \"" + table.replace("\"", "\"\"") + "\"").update();
        }
        if (!stale.isEmpty()) {
            log.info("analysed {} for the query planner", stale);
        }
        return stale;
    }

    private String setting(String name) {
        return jdbc.sql("SELECT setting FROM pg_settings WHERE name = ?").param(name).query(String.class).single();
    }
}

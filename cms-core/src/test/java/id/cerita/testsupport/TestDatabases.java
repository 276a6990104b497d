package id.cerita.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The two databases every persistence test runs on: an in-memory H2 in PostgreSQL mode (the embedded default) and the
 * real PostgreSQL. Each PostgreSQL test context gets a schema of its own, so parallel runs never meet, dropped when the
 * JVM ends. With CI=true an unreachable PostgreSQL fails the test instead of skipping it.
 */
public final class TestDatabases {

    public static final String PG_URL = env("CERITA_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String PG_USER = env("CERITA_TEST_PG_USER", "postgres");
    public static final String PG_PASSWORD = env("CERITA_TEST_PG_PASSWORD", "");

    private TestDatabases() {
    }

    public static void h2(DynamicPropertyRegistry registry) {
        String name = "cerita_" + UUID.randomUUID().toString().replace("-", "");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("spring.datasource.password", () -> "");
    }

    public static void postgres(DynamicPropertyRegistry registry) {
        use(registry, freshPostgresSchema());
    }

    /** A schema kept after the JVM ends, made if missing: a benchmark's seeded data for its next run. */
    public static void keptPostgresSchema(DynamicPropertyRegistry registry, String schema) {
        try (Connection c = connect()) {
            c.createStatement().execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        }
        catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL unreachable at " + PG_URL, e);
        }
        use(registry, schema);
    }

    private static void use(DynamicPropertyRegistry registry, String schema) {
        registry.add("spring.datasource.url", () -> PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        registry.add("spring.datasource.username", () -> PG_USER);
        registry.add("spring.datasource.password", () -> PG_PASSWORD);
    }

    /** Creates an empty schema for one test context; skips the test when PostgreSQL is missing, unless on CI. */
    public static String freshPostgresSchema() {
        String schema = "cerita_t_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        try (Connection c = connect()) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        }
        catch (SQLException e) {
            if (isCi()) {
                throw new IllegalStateException("CI=true and PostgreSQL is unreachable at " + PG_URL
                        + ": the PostgreSQL tests must run on CI", e);
            }
            Assumptions.abort("PostgreSQL unreachable at " + PG_URL + " (" + e.getMessage() + ")");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(schema)));
        return schema;
    }

    public static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static Connection connect() throws SQLException {
        DriverManager.setLoginTimeout(5);
        return DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
    }

    private static void drop(String schema) {
        try (Connection c = connect()) {
            c.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
        catch (SQLException e) {
            // The JVM is ending; a leftover schema is harmless and named for what it is.
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

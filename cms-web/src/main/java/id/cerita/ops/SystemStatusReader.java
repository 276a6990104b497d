package id.cerita.ops;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.actuate.endpoint.CompositeHealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import id.cerita.common.Databases;
import id.cerita.site.SiteExports;

/** Reads {@link SystemStatus}: Boot's readiness group, the scheduler's lock table and the shared sessions. */
@Service
class SystemStatusReader {

    private final HealthEndpoint health;
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final SiteExports exports;
    private final MessageSource messages;
    private final Environment environment;
    private final boolean sharedSessions;

    SystemStatusReader(HealthEndpoint health, JdbcClient jdbc, DataSource dataSource, SiteExports exports,
            MessageSource messages, Environment environment, @Value("${cerita.sessions.store:memory}") String sessions) {
        this.health = health;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.exports = exports;
        this.messages = messages;
        this.environment = environment;
        this.sharedSessions = "jdbc".equals(sessions);
    }

    SystemStatus read(Locale locale) {
        HealthDescriptor readiness = health.healthForPath("readiness");
        List<SystemStatus.Component> components = new ArrayList<>();
        if (readiness instanceof CompositeHealthDescriptor composite) {
            composite.getComponents().forEach((name, part) -> components.add(new SystemStatus.Component(name,
                    part.getStatus().getCode(), note(name, part, locale))));
        }
        Long signedIn = sharedSessions ? jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION WHERE EXPIRY_TIME > :now")
            .param("now", System.currentTimeMillis()).query(Long.class).single() : null;
        return new SystemStatus(instance(), readiness == null ? "UNKNOWN" : readiness.getStatus().getCode(),
                components, jobs(), signedIn, exports.progress().build());
    }

    private String note(String name, HealthDescriptor part, Locale locale) {
        Map<String, Object> details = part instanceof IndicatedHealthDescriptor indicated ? indicated.getDetails()
                : Map.of();
        Object[] args = switch (name) {
            case "db" -> new Object[] { details.getOrDefault("database", "?") };
            case "diskSpace" -> new Object[] { gigabytes(details.get("free")), gigabytes(details.get("total")),
                    details.getOrDefault("path", "") };
            case "search" -> new Object[] { details.getOrDefault("waiting", "?") };
            default -> new Object[0];
        };
        return messages.getMessage("ops.note." + name + "." + part.getStatus().getCode(), args,
                messages.getMessage("ops.note." + name, args, "", locale), locale);
    }

    private static String gigabytes(Object bytes) {
        return bytes instanceof Number n ? String.format(Locale.ROOT, "%.1f", n.doubleValue() / (1L << 30)) : "?";
    }

    private List<SystemStatus.Job> jobs() {
        ZoneId zone = lockTableZone();
        Instant now = Instant.now();
        return jdbc.sql("SELECT name, locked_at, lock_until, locked_by FROM shedlock ORDER BY name")
            .query((rs, i) -> new SystemStatus.Job(rs.getString("name"),
                    rs.getObject("locked_at", LocalDateTime.class).atZone(zone).toInstant(),
                    rs.getString("locked_by"),
                    rs.getObject("lock_until", LocalDateTime.class).atZone(zone).toInstant().isAfter(now)))
            .list();
    }

    /**
     * ShedLock writes the database's clock into columns without a zone (usingDbTime): on PostgreSQL in UTC, on H2 as
     * {@code CURRENT_TIMESTAMP} in the session's zone, which is this JVM's.
     */
    private ZoneId lockTableZone() {
        return Databases.isPostgres(dataSource) ? ZoneOffset.UTC : ZoneId.systemDefault();
    }

    private SystemStatus.Instance instance() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String version = SystemStatusReader.class.getPackage().getImplementationVersion();
        return new SystemStatus.Instance(host + ":" + port, version == null ? "dev" : version,
                Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()),
                Runtime.version().toString());
    }
}

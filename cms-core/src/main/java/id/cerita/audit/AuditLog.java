package id.cerita.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.cerita.common.AsAdmin;

/**
 * The append-only audit log: every workflow transition and every security-relevant event. There is deliberately no
 * way to change or remove an entry through Cerita; administrators read it with filters.
 */
@Service
@Transactional
public class AuditLog {

    public static final int MAX_PAGE_SIZE = 200;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an entry, in the transaction of what it records when there is one (both happen, or neither). */
    public AuditEntry append(String actor, String action, String subjectType, String subjectId, String detail) {
        AuditEntry entry = new AuditEntry(UUID.randomUUID(), clock.instant(), actor == null ? "anonymous" : actor,
                action, subjectType, subjectId, detail == null ? null : truncate(detail));
        jdbc.sql("""
                INSERT INTO audit_entry (id, at, actor, action, subject_type, subject_id, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
            .params(entry.id(), entry.at().atOffset(ZoneOffset.UTC), truncate(entry.actor(), 100), entry.action(),
                    entry.subjectType(), entry.subjectId(), entry.detail())
            .update();
        return entry;
    }

    /** Newest first. */
    @AsAdmin
    @Transactional(readOnly = true)
    public AuditPage search(AuditQuery query, int page, int size) {
        int safeSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
        int safePage = Math.max(page, 0);
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (query.action() != null && !query.action().isBlank()) {
            where.append(" AND action = ?");
            params.add(query.action());
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            where.append(" AND actor = ?");
            params.add(query.actor());
        }
        if (query.subjectId() != null && !query.subjectId().isBlank()) {
            where.append(" AND subject_id = ?");
            params.add(query.subjectId().strip());
        }
        if (query.from() != null) {
            where.append(" AND at >= ?");
            params.add(query.from().atOffset(ZoneOffset.UTC));
        }
        if (query.to() != null) {
            where.append(" AND at < ?");
            params.add(query.to().atOffset(ZoneOffset.UTC));
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_entry" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(safeSize);
        pageParams.add((long) safePage * safeSize);
        List<AuditEntry> entries = jdbc.sql("SELECT id, at, actor, action, subject_type, subject_id, detail"
                + " FROM audit_entry" + where + " ORDER BY at DESC, seq DESC LIMIT ? OFFSET ?")
            .params(pageParams).query(AuditLog::entry).list();
        return new AuditPage(entries, safePage, safeSize, total);
    }

    /** The actions that occur in the log, for a filter list. */
    @AsAdmin
    @Transactional(readOnly = true)
    public List<String> actions() {
        return jdbc.sql("SELECT DISTINCT action FROM audit_entry ORDER BY action").query(String.class).list();
    }

    /** The people who occur in the log, for a filter list. */
    @AsAdmin
    @Transactional(readOnly = true)
    public List<String> actors() {
        return jdbc.sql("SELECT DISTINCT actor FROM audit_entry ORDER BY actor").query(String.class).list();
    }

    /** A story the log mentions, with its current title, for the filter list and the rows' links. */
    public record StoryTitle(String id, String title) {
    }

    /** The stories that occur in the log, by title. */
    @AsAdmin
    @Transactional(readOnly = true)
    public List<StoryTitle> stories() {
        return jdbc.sql("""
                SELECT s.id, s.title FROM story s
                WHERE CAST(s.id AS VARCHAR(36)) IN (SELECT subject_id FROM audit_entry WHERE subject_type = 'story')
                ORDER BY s.title""")
            .query((rs, row) -> new StoryTitle(rs.getObject("id", UUID.class).toString(), rs.getString("title")))
            .list();
    }

    /** The current titles of these stories (ids as the log stores them); ids that are no story are left out. */
    @AsAdmin
    @Transactional(readOnly = true)
    public java.util.Map<String, String> storyTitles(java.util.Collection<String> ids) {
        List<UUID> uuids = ids.stream().distinct().flatMap(id -> {
            try {
                return java.util.stream.Stream.of(UUID.fromString(id));
            } catch (IllegalArgumentException e) {
                return java.util.stream.Stream.empty();
            }
        }).toList();
        if (uuids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        jdbc.sql("SELECT id, title FROM story WHERE id IN (:ids)").param("ids", uuids)
            .query((rs, row) -> titles.put(rs.getObject("id", UUID.class).toString(), rs.getString("title"))).list();
        return titles;
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        Instant at = rs.getObject("at", OffsetDateTime.class).toInstant();
        return new AuditEntry(rs.getObject("id", UUID.class), at, rs.getString("actor"), rs.getString("action"),
                rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("detail"));
    }

    private static String truncate(String text) {
        return truncate(text, 2000);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

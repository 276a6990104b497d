package id.cerita.workflow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.cerita.alumni.Alumni;
import id.cerita.common.AsStaff;
import id.cerita.common.StoryId;
import id.cerita.story.StoryStatus;

/** The dashboard read model: a handful of small indexed queries. */
@Service
@Transactional(readOnly = true)
@AsStaff
public class WorkBoards {

    private static final int LIMIT = 20;
    private static final String COLUMNS = "SELECT s.id, s.title, s.status, s.author, s.last_editor, ";

    private final JdbcClient jdbc;
    private final Alumni alumni;
    private final Clock clock;

    WorkBoards(JdbcClient jdbc, Alumni alumni, Clock clock) {
        this.jdbc = jdbc;
        this.alumni = alumni;
        this.clock = clock;
    }

    public WorkBoard of(String username, boolean reviewer) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        List<WorkItem> drafts = items(COLUMNS + "s.updated_at AS at, NULL AS zone FROM story s"
                + " WHERE s.author = ? AND s.status = 'DRAFT' ORDER BY s.updated_at DESC", username);
        List<WorkItem> review = reviewer ? items(COLUMNS + "s.updated_at AS at, NULL AS zone FROM story s"
                + " WHERE s.status = 'IN_REVIEW' AND s.author <> ? AND s.last_editor <> ? ORDER BY s.updated_at",
                username, username) : List.of();
        List<WorkItem> changes = items(COLUMNS + "s.updated_at AS at, NULL AS zone FROM story s"
                + " WHERE s.author = ? AND s.status = 'CHANGES_REQUESTED' ORDER BY s.updated_at DESC", username);
        List<WorkItem> scheduled = items(COLUMNS + "s.scheduled_at AS at, s.schedule_zone AS zone FROM story s"
                + " WHERE s.status = 'SCHEDULED' ORDER BY s.scheduled_at");
        List<WorkItem> embargoed = items(COLUMNS + "s.embargo_until AS at, NULL AS zone FROM story s"
                + " WHERE s.embargo_until > ? ORDER BY s.embargo_until", now);
        List<CountBar> perProvince = jdbc.sql("""
                SELECT p.code, p.name, COUNT(*) AS n FROM story s
                JOIN region r ON r.code = s.region_code JOIN region p ON p.code = r.province_code
                WHERE s.live = TRUE AND (s.embargo_until IS NULL OR s.embargo_until <= ?)
                GROUP BY p.code, p.name ORDER BY n DESC, p.name""")
            .param(now).query((rs, i) -> new CountBar(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
        List<CountBar> perTheme = jdbc.sql("""
                SELECT top.code, top.name_id, COUNT(DISTINCT s.id) AS n FROM story s
                JOIN story_theme st ON st.story_id = s.id JOIN theme t ON t.code = st.theme_code
                JOIN theme top ON top.code = COALESCE(t.parent_code, t.code)
                WHERE s.live = TRUE AND (s.embargo_until IS NULL OR s.embargo_until <= ?)
                GROUP BY top.code, top.name_id ORDER BY n DESC, top.name_id""")
            .param(now).query((rs, i) -> new CountBar(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
        return new WorkBoard(username, drafts, review, changes, scheduled, embargoed,
                alumni.expiringWithin(WorkBoard.EXPIRY_HORIZON_DAYS), perProvince, perTheme);
    }

    private List<WorkItem> items(String sql, Object... params) {
        return jdbc.sql(sql + " LIMIT " + LIMIT).params(params).query(WorkBoards::item).list();
    }

    private static WorkItem item(ResultSet rs, int row) throws SQLException {
        OffsetDateTime at = rs.getObject("at", OffsetDateTime.class);
        String zone = rs.getString("zone");
        return new WorkItem(new StoryId(rs.getObject("id", UUID.class)), rs.getString("title"),
                StoryStatus.valueOf(rs.getString("status")), rs.getString("author"), rs.getString("last_editor"),
                at == null ? null : at.toInstant(), zone == null ? null : ZoneId.of(zone));
    }
}

package id.cerita.coverage;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.cerita.coverage.PressClips.Count;

/**
 * How many clips each province's stories had: a count of published articles, nothing staff-only, so the site
 * export (which runs as nobody) may read it for the Impact page's map. The clips themselves stay behind
 * {@link PressClips}.
 */
@Service
public class CoverageCounts {

    private final JdbcClient jdbc;

    CoverageCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Clips per province of the stories they cover (a clip of two provinces counts for each), most first. */
    @Transactional(readOnly = true)
    public List<Count> perProvince() {
        return jdbc.sql("""
                SELECT p.code, p.name, COUNT(DISTINCT c.clip_id) AS clips FROM press_clip_story c
                JOIN story s ON s.id = c.story_id JOIN region r ON r.code = s.region_code
                JOIN region p ON p.code = r.province_code
                GROUP BY p.code, p.name ORDER BY clips DESC, p.name""")
            .query((rs, i) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }
}

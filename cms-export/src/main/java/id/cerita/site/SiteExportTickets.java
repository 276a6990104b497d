package id.cerita.site;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Numbers export requests in the database (V99), so that every instance knows whether a build that started after a
 * request, on any instance, has already covered it.
 */
@Component
class SiteExportTickets {

    private final JdbcClient jdbc;

    SiteExportTickets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new request: its number. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long request() {
        jdbc.sql("UPDATE site_export_request SET requested = requested + 1 WHERE id = 1").update();
        return newest();
    }

    /** The newest request a build about to read the stories covers. */
    public long newest() {
        return jdbc.sql("SELECT requested FROM site_export_request WHERE id = 1").query(Long.class).single();
    }

    public boolean covered(long ticket) {
        return jdbc.sql("SELECT built FROM site_export_request WHERE id = 1").query(Long.class).single() >= ticket;
    }

    public void built(long upTo) {
        jdbc.sql("UPDATE site_export_request SET built = GREATEST(built, :upTo) WHERE id = 1").param("upTo", upTo)
            .update();
    }
}

package id.cerita.media;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.cerita.alumni.AlumniMerged;

/** Photos that showed the merged alumnus record show the survivor from then on (their PHOTO consent applies). */
@Component
class AlumniMergePhotos {

    private final JdbcClient jdbc;

    AlumniMergePhotos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(AlumniMerged merged) {
        jdbc.sql("""
                DELETE FROM media_asset_person WHERE alumnus_id = ? AND media_asset_id IN
                (SELECT media_asset_id FROM media_asset_person WHERE alumnus_id = ?)""")
            .params(merged.mergedId().value(), merged.survivorId().value()).update();
        jdbc.sql("UPDATE media_asset_person SET alumnus_id = ? WHERE alumnus_id = ?")
            .params(merged.survivorId().value(), merged.mergedId().value()).update();
    }
}

package id.cerita.story;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.cerita.alumni.AlumniMerged;

/**
 * When two alumni records become one, the stories about the merged record are about the survivor from then on, in
 * the merge's transaction. The version moves on, so an editor holding the story open gets a conflict, not a revert.
 */
@Component
class AlumniMergeFollower {

    private final JdbcClient jdbc;

    AlumniMergeFollower(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(AlumniMerged merged) {
        jdbc.sql("UPDATE story SET alumnus_id = ?, version = version + 1 WHERE alumnus_id = ?")
            .params(merged.survivorId().value(), merged.mergedId().value()).update();
    }
}

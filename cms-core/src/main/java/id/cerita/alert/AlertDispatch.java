package id.cerita.alert;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.cerita.common.StoryId;
import id.cerita.story.Audience;
import id.cerita.story.StoryDetails;
import id.cerita.story.StoryEmbargoLifted;
import id.cerita.story.StoryPublished;
import id.cerita.story.StoryReader;

/**
 * A story went public: every journalist who follows something it matches gets one delivery for it, whatever the
 * number of matching follows and however often it is republished (corrections do not alert again). A story under
 * embargo alerts nobody until the embargo is over.
 */
@Component
class AlertDispatch {

    private final StoryReader reader;
    private final Follows follows;
    private final JdbcClient jdbc;
    private final Clock clock;

    AlertDispatch(StoryReader reader, Follows follows, JdbcClient jdbc, Clock clock) {
        this.reader = reader;
        this.follows = follows;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(StoryPublished event) {
        dispatch(event.storyId());
    }

    @ApplicationModuleListener
    void on(StoryEmbargoLifted event) {
        dispatch(event.storyId());
    }

    void dispatch(StoryId storyId) {
        StoryDetails story = reader.published(storyId, Audience.PRESS).orElse(null);
        if (story == null) {
            return;
        }
        // per journalist, the first matching follow; an instant one wins over a weekly one
        Map<String, Follow> chosen = new LinkedHashMap<>();
        for (FollowKind kind : FollowKind.values()) {
            for (Follow follow : follows.following(kind, kind.valuesOf(story))) {
                chosen.merge(follow.username(), follow,
                        (a, b) -> a.cadence() == Cadence.INSTANT ? a : b);
            }
        }
        for (Follow follow : chosen.values()) {
            boolean told = jdbc.sql("SELECT COUNT(*) FROM alert_delivery WHERE username = ? AND story_id = ?")
                .params(follow.username(), storyId.value()).query(Integer.class).single() > 0;
            if (!told) {
                jdbc.sql("""
                        INSERT INTO alert_delivery (username, story_id, follow_id, cadence, created_at)
                        VALUES (?, ?, ?, ?, ?)""")
                    .params(follow.username(), storyId.value(), follow.id(), follow.cadence().name(),
                            Follows.utc(clock.instant()))
                    .update();
            }
        }
    }
}

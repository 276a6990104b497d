package id.cerita.alert;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.cerita.common.StoryId;
import id.cerita.story.Audience;
import id.cerita.story.StoryDetails;
import id.cerita.story.StoryReader;

/**
 * The stories of one follow's Atom feed: the newest live stories that match it, as the press sees them (past their
 * embargo, only where the consent covers the press), the same rule the alerts follow.
 */
@Service
@Transactional(readOnly = true)
public class FollowFeeds {

    /** Entries in a feed: a reader polls often, so the latest are enough. */
    public static final int SIZE = 50;

    private final Follows follows;
    private final StoryReader reader;
    private final JdbcClient jdbc;

    FollowFeeds(Follows follows, StoryReader reader, JdbcClient jdbc) {
        this.follows = follows;
        this.reader = reader;
        this.jdbc = jdbc;
    }

    /** A follow and its stories, newest first. */
    public record FollowFeed(Follow follow, List<StoryDetails> stories) {
    }

    public Optional<FollowFeed> feed(String token) {
        return follows.byFeedToken(token).map(follow -> new FollowFeed(follow, stories(follow)));
    }

    private List<StoryDetails> stories(Follow follow) {
        // more candidates than entries: some may be under embargo or lack press consent
        return candidates(follow).stream().map(id -> reader.published(id, Audience.PRESS))
            .flatMap(Optional::stream)
            .filter(s -> follow.kind().valuesOf(s).contains(follow.value()))
            .limit(SIZE).toList();
    }

    private List<StoryId> candidates(Follow follow) {
        String match = switch (follow.kind()) {
            case PROVINCE -> "JOIN region r ON r.code = s.region_code WHERE r.province_code = :value";
            case REGENCY -> "WHERE s.region_code = :value";
            case THEME -> """
                    JOIN story_theme st ON st.story_id = s.id JOIN theme t ON t.code = st.theme_code
                    WHERE (t.code = :value OR t.parent_code = :value)""";
            case COURSE -> "JOIN story_course sc ON sc.story_id = s.id WHERE CAST(sc.course_id AS VARCHAR(36)) = :value";
            case PROVIDER -> """
                    JOIN story_course sc ON sc.story_id = s.id JOIN training_course c ON c.id = sc.course_id
                    WHERE CAST(c.provider_id AS VARCHAR(36)) = :value""";
        };
        return jdbc.sql("SELECT DISTINCT s.id, s.published_at FROM story s " + match
                + " AND s.live = TRUE ORDER BY s.published_at DESC LIMIT " + (SIZE * 2))
            .param("value", follow.value()).query((rs, i) -> new StoryId(rs.getObject(1, UUID.class))).list();
    }
}

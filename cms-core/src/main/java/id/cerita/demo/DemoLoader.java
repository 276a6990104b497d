package id.cerita.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;

import id.cerita.alumni.Alumni;
import id.cerita.common.SystemActor;
import id.cerita.course.Courses;
import id.cerita.coverage.PressClips;
import id.cerita.gathering.Gatherings;
import id.cerita.story.Stories;
import id.cerita.user.StaffUsers;

/**
 * Loads the demo content at start when {@code cerita.demo.enabled=true}, through the domain services only. Runs
 * before the bootstrap administrator, so the demo "admin" account carries the demo password. Safe to run on every
 * start: whatever exists is kept as it is.
 */
@Component
@Order(-100)
@ConditionalOnBooleanProperty("cerita.demo.enabled")
public class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final DemoUsers users;
    private final DemoCatalogue catalogue;
    private final DemoStories stories;
    private final DemoCoverage coverage;

    DemoLoader(StaffUsers users, Courses courses, Gatherings gatherings, Alumni alumni, Stories stories,
            PressClips clips, DemoClock clock, DemoProperties properties) {
        this.users = new DemoUsers(users, properties);
        this.catalogue = new DemoCatalogue(courses, gatherings, alumni, clock);
        this.stories = new DemoStories(stories, clock);
        this.coverage = new DemoCoverage(clips, stories);
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoLoad load = load();
        if (load.createdNothing()) {
            log.info("Demo content already present: nothing to load");
        }
        else {
            log.info("Demo content loaded: {}", load.created());
        }
    }

    /** Loads what is missing and says what it created. */
    public DemoLoad load() {
        // The loader is Cerita acting (ROLE_SYSTEM): the domain services check who calls them.
        return SystemActor.call(() -> {
            DemoContent content = DemoContent.fromClasspath();
            DemoLoad.Counter created = new DemoLoad.Counter();
            created.add("users", users.create());
            DemoCatalogue.Keys keys = catalogue.load(content, created);
            stories.load(content, keys, created);
            coverage.load(keys, created);
            return created.result();
        });
    }
}

package id.cerita.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.cerita.alumni.Alumni;
import id.cerita.alumni.Alumnus;
import id.cerita.alumni.AlumnusDetails;
import id.cerita.alumni.ConsentScope;
import id.cerita.common.AlumnusId;
import id.cerita.common.CourseId;
import id.cerita.common.GatheringId;
import id.cerita.common.ProviderId;
import id.cerita.course.Courses;
import id.cerita.course.Delivery;
import id.cerita.course.SkillType;
import id.cerita.course.TrainingCourse;
import id.cerita.course.TrainingProvider;
import id.cerita.gathering.Gathering;
import id.cerita.gathering.Gatherings;

/**
 * Providers, courses, alumni meetings and alumni (with consent) through their services. What already exists is kept:
 * providers, courses and meetings by slug (the demo key), alumni by full name.
 */
final class DemoCatalogue {

    /** Demo keys resolved to the ids the stories refer to. */
    record Keys(Map<String, CourseId> courses, Map<String, GatheringId> events, Map<String, AlumnusId> alumni) {
    }

    private final Courses courses;
    private final Gatherings gatherings;
    private final Alumni alumni;
    private final Clock clock;

    DemoCatalogue(Courses courses, Gatherings gatherings, Alumni alumni, Clock clock) {
        this.courses = courses;
        this.gatherings = gatherings;
        this.alumni = alumni;
        this.clock = clock;
    }

    Keys load(DemoContent content, DemoLoad.Counter created) {
        Map<String, ProviderId> providerIds = new HashMap<>();
        for (DemoContent.Provider p : content.providers()) {
            TrainingProvider provider = courses.providerBySlug(p.key()).orElseGet(() -> {
                created.count("providers");
                return courses.register(p.key(), p.name(), p.website(), p.description());
            });
            providerIds.put(p.key(), provider.id());
        }
        Map<String, CourseId> courseIds = new HashMap<>();
        for (DemoContent.Course c : content.courses()) {
            TrainingCourse course = courses.courseBySlug(c.key()).orElseGet(() -> {
                created.count("courses");
                return courses.offer(c.key(), c.title(), c.theme(), SkillType.valueOf(c.skill()),
                        Delivery.valueOf(c.delivery()), require(providerIds, c.provider(), "provider of " + c.key()));
            });
            courseIds.put(c.key(), course.id());
        }
        Map<String, GatheringId> eventIds = new HashMap<>();
        for (DemoContent.Event e : content.events()) {
            Gathering gathering = gatherings.bySlug(e.key()).orElseGet(() -> {
                created.count("events");
                return gatherings.plan(e.key(), e.name(), e.place(), e.region(), e.date());
            });
            eventIds.put(e.key(), gathering.id());
        }
        Map<String, Alumnus> byName = alumni.all().stream()
            .collect(Collectors.toMap(Alumnus::fullName, Function.identity(), (a, b) -> a));
        Map<String, AlumnusId> alumnusIds = new HashMap<>();
        for (DemoContent.Alumnus a : content.alumni()) {
            Alumnus alumnus = byName.get(a.name());
            if (alumnus == null) {
                created.count("alumni");
                alumnus = register(a);
            }
            alumnusIds.put(a.key(), alumnus.id());
        }
        return new Keys(Map.copyOf(courseIds), Map.copyOf(eventIds), Map.copyOf(alumnusIds));
    }

    private Alumnus register(DemoContent.Alumnus a) {
        Alumnus alumnus = alumni.register(new AlumnusDetails(a.name(), a.cohort(), a.region(), a.business(),
                a.occupation()));
        DemoContent.Consent c = a.consent();
        EnumSet<ConsentScope> scopes = EnumSet.noneOf(ConsentScope.class);
        c.scopes().forEach(s -> scopes.add(ConsentScope.valueOf(s)));
        alumni.recordConsent(alumnus.id(), scopes, c.givenOn(), c.evidence(), c.expiryFrom(LocalDate.now(clock)));
        return alumnus;
    }

    static <T> T require(Map<String, T> ids, String key, String what) {
        T id = ids.get(key);
        if (id == null) {
            throw new IllegalStateException("Demo content: unknown key '" + key + "' (" + what + ")");
        }
        return id;
    }
}

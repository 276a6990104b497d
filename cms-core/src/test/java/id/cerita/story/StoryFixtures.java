package id.cerita.story;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import id.cerita.alumni.Alumni;
import id.cerita.alumni.AlumnusDetails;
import id.cerita.alumni.ConsentScope;
import id.cerita.common.AlumnusId;
import id.cerita.common.SystemActor;
import id.cerita.course.Courses;
import id.cerita.course.Delivery;
import id.cerita.course.SkillType;
import id.cerita.course.TrainingCourse;
import id.cerita.course.TrainingProvider;
import id.cerita.user.Role;

/**
 * Stories made the way users make them: through the real services and transitions, each step signed in as the
 * person who takes it (the services check roles and names), whoever the test itself is signed in as.
 */
public class StoryFixtures {

    public static final String WRITER = "sari";
    public static final String EDITOR = "budi";
    public static final String ADMIN = "admin";
    public static final String KOTA_GORONTALO = "75.71";
    public static final String KOTA_JAMBI = "15.71";

    private final Stories stories;
    private final Courses courses;
    private final Alumni alumni;

    public StoryFixtures(Stories stories, Courses courses, Alumni alumni) {
        this.stories = stories;
        this.courses = courses;
        this.alumni = alumni;
    }

    public TrainingCourse aCourse(String themeCode) {
        String key = UUID.randomUUID().toString().substring(0, 8);
        return as(ADMIN, Role.ADMIN, () -> {
            TrainingProvider provider = courses.register("lembaga-" + key, "Lembaga Pelatihan " + key, null, null);
            return courses.offer("pelatihan-" + key, "Strategi Digital Marketing " + key, themeCode, SkillType.HARD,
                    Delivery.ONLINE, provider.id());
        });
    }

    public AlumnusId anAlumnusWithConsent(Set<ConsentScope> scopes) {
        return anAlumnusWithConsent(scopes, null);
    }

    /** An alumnus whose consent (if any scopes) was given on 5 June 2024 and ends on {@code expiresOn} (or never). */
    public AlumnusId anAlumnusWithConsent(Set<ConsentScope> scopes, LocalDate expiresOn) {
        return as(ADMIN, Role.ADMIN, () -> {
            AlumnusId id = alumni.register(new AlumnusDetails("Vita Imam Matus Sholekhah", 5, KOTA_GORONTALO, "Vita MUA",
                    "Penata rias")).id();
            if (!scopes.isEmpty()) {
                alumni.recordConsent(id, scopes, LocalDate.of(2024, 6, 5), "Formulir persetujuan GTO-2024-017",
                        expiresOn);
            }
            return id;
        });
    }

    public StoryContent content(String title) {
        TrainingCourse course = aCourse("pemasaran-digital");
        return new StoryContent(Language.ID, title, null, "Dari penata rias rumahan menjadi usaha yang dikenal.",
                "Vita lulus kuliah saat pandemi.\n\nIa mengikuti **pelatihan digital marketing**.",
                anAlumnusWithConsent(EnumSet.allOf(ConsentScope.class)), KOTA_GORONTALO, null, Set.of(course.id()),
                Set.of("tata-rias", "pemasaran-digital"),
                List.of(new Quote("Saya belajar memasarkan jasa rias lewat media sosial.", "Vita", "Penata rias")),
                List.of(new Outcome(OutcomeKind.BUSINESS_OPENED, "Membuka usaha jasa tata rias", null, "Wawancara")),
                List.of(new SourceReference("Gema Sulawesi", "Temu alumni Prakerja di Gorontalo", null,
                        LocalDate.of(2024, 6, 5))));
    }

    public Story aDraft(String title) {
        return aDraft(content(title));
    }

    public Story aDraft(StoryContent content) {
        return as(WRITER, Role.WRITER, () -> stories.create(content, null, WRITER));
    }

    /** create and submit by the writer, approve by an editor. */
    public Story anApprovedStory(StoryContent content) {
        Story story = aDraft(content);
        as(WRITER, Role.WRITER, () -> stories.submit(story.id(), WRITER));
        return as(EDITOR, Role.EDITOR, () -> stories.approve(story.id(), EDITOR));
    }

    /** create, submit by the writer, approve and publish by an editor. */
    public Story aPublishedStory(String title) {
        return aPublishedStory(content(title));
    }

    public Story aPublishedStory(StoryContent content) {
        Story story = anApprovedStory(content);
        return as(EDITOR, Role.EDITOR, () -> stories.publish(story.id(), EDITOR));
    }

    /** Runs {@code work} signed in as {@code username} with {@code role}, then restores whoever was signed in. */
    public static <T> T as(String username, Role role, Supplier<T> work) {
        return SystemActor.callAs(username, List.of(role.authority()), work);
    }

    /** Runs {@code work} as Cerita itself (ROLE_SYSTEM), as jobs and loaders do. */
    public static <T> T asSystem(Supplier<T> work) {
        return SystemActor.call(work);
    }
}

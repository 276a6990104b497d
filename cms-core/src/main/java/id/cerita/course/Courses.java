package id.cerita.course;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import id.cerita.common.ArchivesReferenceData;
import id.cerita.common.AsAdmin;
import id.cerita.common.CourseId;
import id.cerita.common.InvalidFieldException;
import id.cerita.common.LookupText;
import id.cerita.common.MaintainsReferenceData;
import id.cerita.common.NotFoundException;
import id.cerita.common.ProviderId;
import id.cerita.common.SlugText;
import id.cerita.common.SystemActor;
import id.cerita.theme.Themes;

/**
 * The catalogue of training courses and the providers that run them. Every newsroom role adds and corrects entries;
 * editors and administrators archive them (an archived entry stays on old stories, but is offered for no new one).
 */
@Service
@Validated
@Transactional(readOnly = true)
public class Courses {

    private final TrainingCourseRepository courses;
    private final TrainingProviderRepository providers;
    private final Themes themes;
    private final Clock clock;

    Courses(TrainingCourseRepository courses, TrainingProviderRepository providers, Themes themes, Clock clock) {
        this.courses = courses;
        this.providers = providers;
        this.themes = themes;
        this.clock = clock;
    }

    /** Every course, archived ones included (old stories still name them). */
    public List<TrainingCourse> courses() {
        return courses.findAllByOrderByTitle();
    }

    public List<TrainingCourse> courses(boolean includeArchived) {
        return includeArchived ? courses() : courses.findByArchivedAtIsNullOrderByTitle();
    }

    /** Every provider, archived ones included. */
    public List<TrainingProvider> providers() {
        return providers.findAllByOrderByName();
    }

    public List<TrainingProvider> providers(boolean includeArchived) {
        return includeArchived ? providers() : providers.findByArchivedAtIsNullOrderByName();
    }

    public List<TrainingCourse> coursesOf(ProviderId providerId) {
        return courses.findByProviderIdOrderByTitle(providerId.value());
    }

    /** Courses on offer whose title or provider name contains {@code query} (any case), at most {@code limit}. */
    public List<TrainingCourse> find(String query, int limit) {
        Map<ProviderId, TrainingProvider> byId = providers().stream()
            .collect(Collectors.toMap(TrainingProvider::id, Function.identity()));
        Predicate<String> matches = LookupText.matcher(query);
        return courses(false).stream()
            .filter(c -> matches.test(c.title()) || matches.test(byId.get(c.providerId()).name()))
            .limit(limit).toList();
    }

    public Optional<TrainingCourse> course(CourseId id) {
        return courses.findById(id.value());
    }

    public Optional<TrainingCourse> courseBySlug(String slug) {
        return courses.findBySlug(slug);
    }

    public Optional<TrainingProvider> provider(ProviderId id) {
        return providers.findById(id.value());
    }

    public Optional<TrainingProvider> providerBySlug(String slug) {
        return providers.findBySlug(slug);
    }

    public TrainingProvider requireProvider(ProviderId id) {
        return provider(id).orElseThrow(() -> new NotFoundException("provider", "Lembaga pelatihan tidak ditemukan: " + id, id));
    }

    public TrainingCourse requireCourse(CourseId id) {
        return course(id).orElseThrow(() -> new NotFoundException("course", "Pelatihan tidak ditemukan: " + id, id));
    }

    public TrainingCourse requireCourse(String field, CourseId id) {
        return course(id).orElseThrow(() -> new InvalidFieldException(field, "course.unknown", "Pelatihan tidak dikenal: " + id, id));
    }

    /** A course a story may newly name: it exists and is not archived. */
    public TrainingCourse requireOffered(String field, CourseId id) {
        TrainingCourse course = requireCourse(field, id);
        if (course.archived()) {
            throw new InvalidFieldException(field, "course.archived", "Pelatihan ini sudah diarsipkan: " + course.title(),
                    course.title());
        }
        return course;
    }

    @Transactional
    @AsAdmin
    public TrainingProvider register(String slug, String name, String website, String description) {
        if (providers.findBySlug(slug).isPresent()) {
            throw new InvalidFieldException("slug", "provider.slug-taken", "Lembaga pelatihan dengan slug ini sudah ada: " + slug,
                    slug);
        }
        return providers.save(TrainingProvider.register(slug, new ProviderDetails(name, null, website, description),
                SystemActor.currentName()));
    }

    @Transactional
    @MaintainsReferenceData
    public TrainingProvider registerProvider(@Valid ProviderDetails details, String by) {
        SlugText slug = SlugText.of(details.name(), 110, "lembaga");
        for (int n = 2; providers.findBySlug(slug.value()).isPresent(); n++) {
            slug = SlugText.of(details.name(), 110, "lembaga").withSuffix(n);
        }
        return providers.save(TrainingProvider.register(slug.value(), details, by));
    }

    @Transactional
    @MaintainsReferenceData
    public TrainingProvider reviseProvider(ProviderId id, @Valid ProviderDetails details, String by) {
        TrainingProvider provider = requireProvider(id);
        provider.revise(details, by);
        return providers.save(provider);
    }

    @Transactional
    @ArchivesReferenceData
    public TrainingProvider archiveProvider(ProviderId id, String by) {
        TrainingProvider provider = requireProvider(id);
        provider.archive(by, clock.instant());
        return providers.save(provider);
    }

    @Transactional
    @ArchivesReferenceData
    public TrainingProvider restoreProvider(ProviderId id, String by) {
        TrainingProvider provider = requireProvider(id);
        provider.restore(by);
        return providers.save(provider);
    }

    @Transactional
    @AsAdmin
    public TrainingCourse offer(String slug, String title, String themeCode, SkillType skillType, Delivery delivery,
            ProviderId providerId) {
        CourseDetails details = new CourseDetails(title, themeCode, skillType, delivery, providerId);
        check(details, null);
        if (courses.findBySlug(slug).isPresent()) {
            throw new InvalidFieldException("slug", "course.slug-taken", "Pelatihan dengan slug ini sudah ada: " + slug,
                    slug);
        }
        return courses.save(TrainingCourse.offer(slug, details, SystemActor.currentName()));
    }

    @Transactional
    @MaintainsReferenceData
    public TrainingCourse offerCourse(@Valid CourseDetails details, String by) {
        check(details, null);
        SlugText slug = SlugText.of(details.title(), 150, "pelatihan");
        for (int n = 2; courses.findBySlug(slug.value()).isPresent(); n++) {
            slug = SlugText.of(details.title(), 150, "pelatihan").withSuffix(n);
        }
        return courses.save(TrainingCourse.offer(slug.value(), details, by));
    }

    @Transactional
    @MaintainsReferenceData
    public TrainingCourse reviseCourse(CourseId id, @Valid CourseDetails details, String by) {
        TrainingCourse course = requireCourse(id);
        check(details, course.providerId());
        course.revise(details, by);
        return courses.save(course);
    }

    @Transactional
    @ArchivesReferenceData
    public TrainingCourse archiveCourse(CourseId id, String by) {
        TrainingCourse course = requireCourse(id);
        course.archive(by, clock.instant());
        return courses.save(course);
    }

    @Transactional
    @ArchivesReferenceData
    public TrainingCourse restoreCourse(CourseId id, String by) {
        TrainingCourse course = requireCourse(id);
        course.restore(by);
        return courses.save(course);
    }

    /** The theme exists; the provider exists and is on offer, unless it is the one the course already had. */
    private void check(CourseDetails details, ProviderId currentProvider) {
        themes.require("themeCode", details.themeCode());
        TrainingProvider provider = provider(details.providerId())
            .orElseThrow(() -> new InvalidFieldException("providerId", "provider.unknown", "Lembaga pelatihan tidak dikenal"));
        if (provider.archived() && !provider.id().equals(currentProvider)) {
            throw new InvalidFieldException("providerId", "provider.archived",
                    "Lembaga pelatihan ini sudah diarsipkan: " + provider.name(), provider.name());
        }
    }
}

package id.cerita.course;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.cerita.common.AsAdmin;
import id.cerita.common.InvalidFieldException;
import id.cerita.common.NotFoundException;
import id.cerita.theme.Themes;

/** The catalogue of training courses and the providers that run them. */
@Service
@Transactional(readOnly = true)
public class Courses {

    private final TrainingCourseRepository courses;
    private final TrainingProviderRepository providers;
    private final Themes themes;

    Courses(TrainingCourseRepository courses, TrainingProviderRepository providers, Themes themes) {
        this.courses = courses;
        this.providers = providers;
        this.themes = themes;
    }

    public List<TrainingCourse> courses() {
        return courses.findAllByOrderByTitle();
    }

    public List<TrainingProvider> providers() {
        return providers.findAllByOrderByName();
    }

    public List<TrainingCourse> coursesOf(UUID providerId) {
        return courses.findByProviderIdOrderByTitle(providerId);
    }

    public Optional<TrainingCourse> course(UUID id) {
        return courses.findById(id);
    }

    public Optional<TrainingCourse> courseBySlug(String slug) {
        return courses.findBySlug(slug);
    }

    public Optional<TrainingProvider> provider(UUID id) {
        return providers.findById(id);
    }

    public Optional<TrainingProvider> providerBySlug(String slug) {
        return providers.findBySlug(slug);
    }

    public TrainingProvider requireProvider(UUID id) {
        return provider(id).orElseThrow(() -> new NotFoundException("Lembaga pelatihan tidak ditemukan: " + id));
    }

    public TrainingCourse requireCourse(String field, UUID id) {
        return course(id).orElseThrow(() -> new InvalidFieldException(field, "course.unknown", "Pelatihan tidak dikenal: " + id));
    }

    @Transactional
    @AsAdmin
    public TrainingProvider register(String slug, String name, String website, String description) {
        if (providers.findBySlug(slug).isPresent()) {
            throw new InvalidFieldException("slug", "provider.slug-taken", "Lembaga pelatihan dengan slug ini sudah ada: " + slug);
        }
        return providers.save(TrainingProvider.register(slug, name, website, description));
    }

    @Transactional
    @AsAdmin
    public TrainingCourse offer(String slug, String title, String themeCode, SkillType skillType, Delivery delivery,
            UUID providerId) {
        themes.require("themeCode", themeCode);
        TrainingProvider provider = provider(providerId)
            .orElseThrow(() -> new InvalidFieldException("providerId", "provider.unknown", "Lembaga pelatihan tidak dikenal"));
        if (courses.findBySlug(slug).isPresent()) {
            throw new InvalidFieldException("slug", "course.slug-taken", "Pelatihan dengan slug ini sudah ada: " + slug);
        }
        return courses.save(TrainingCourse.offer(slug, title, themeCode, skillType, delivery, provider));
    }
}

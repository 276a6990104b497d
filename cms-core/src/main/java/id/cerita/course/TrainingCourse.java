package id.cerita.course;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

import id.cerita.common.CourseId;
import id.cerita.common.ProviderId;
import id.cerita.common.StateConflictException;
import id.cerita.course.CourseEvent.CourseArchived;
import id.cerita.course.CourseEvent.CourseOffered;
import id.cerita.course.CourseEvent.CourseRestored;
import id.cerita.course.CourseEvent.CourseRevised;

/**
 * A training course (pelatihan) on a theme, offered by one provider. An archived course stays on the stories that
 * name it but is not offered for new ones.
 */
@Table("training_course")
public class TrainingCourse extends AbstractAggregateRoot<TrainingCourse> {

    @Id
    private final UUID id;
    private final String slug;
    private String title;
    private String themeCode;
    private SkillType skillType;
    private Delivery delivery;
    private UUID providerId;
    private Instant archivedAt;
    @Version
    private Long version;

    @PersistenceCreator
    TrainingCourse(UUID id, String slug, String title, String themeCode, SkillType skillType, Delivery delivery,
            UUID providerId, Instant archivedAt, Long version) {
        this.id = id;
        this.slug = slug;
        this.title = title;
        this.themeCode = themeCode;
        this.skillType = skillType;
        this.delivery = delivery;
        this.providerId = providerId;
        this.archivedAt = archivedAt;
        this.version = version;
    }

    /** A course as the catalogue's loaders and tests make one (nobody to record). */
    public static TrainingCourse offer(String slug, String title, String themeCode, SkillType skillType,
            Delivery delivery, TrainingProvider provider) {
        return new TrainingCourse(UUID.randomUUID(), slug, title, themeCode, skillType, delivery, provider.id().value(), null,
                null);
    }

    static TrainingCourse offer(String slug, CourseDetails details, String by) {
        TrainingCourse course = new TrainingCourse(UUID.randomUUID(), slug, details.title(), details.themeCode(),
                details.skillType(), details.delivery(), details.providerId().value(), null, null);
        course.registerEvent(new CourseOffered(course.id(), by, course.title));
        return course;
    }

    void revise(CourseDetails details, String by) {
        this.title = details.title();
        this.themeCode = details.themeCode();
        this.skillType = details.skillType();
        this.delivery = details.delivery();
        this.providerId = details.providerId().value();
        registerEvent(new CourseRevised(id(), by, title));
    }

    void archive(String by, Instant at) {
        if (archived()) {
            throw new StateConflictException("course.archived", "Pelatihan ini sudah diarsipkan: " + title, title);
        }
        this.archivedAt = at;
        registerEvent(new CourseArchived(id(), by, title));
    }

    void restore(String by) {
        if (!archived()) {
            throw new StateConflictException("course.not-archived", "Pelatihan ini tidak diarsipkan: " + title, title);
        }
        this.archivedAt = null;
        registerEvent(new CourseRestored(id(), by, title));
    }

    public CourseDetails details() {
        return new CourseDetails(title, themeCode, skillType, delivery, providerId());
    }

    public boolean archived() {
        return archivedAt != null;
    }

    public CourseId id() { return new CourseId(id); }
    public String slug() { return slug; }
    public String title() { return title; }
    public String themeCode() { return themeCode; }
    public SkillType skillType() { return skillType; }
    public Delivery delivery() { return delivery; }
    public ProviderId providerId() { return new ProviderId(providerId); }
    public Instant archivedAt() { return archivedAt; }
    public Long version() { return version; }
}

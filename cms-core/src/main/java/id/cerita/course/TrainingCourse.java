package id.cerita.course;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A training course (pelatihan) on a theme, offered by one provider. */
@Table("training_course")
public class TrainingCourse {

    @Id
    private final UUID id;
    private final String slug;
    private String title;
    private String themeCode;
    private SkillType skillType;
    private Delivery delivery;
    private final UUID providerId;
    @Version
    private Long version;

    @PersistenceCreator
    TrainingCourse(UUID id, String slug, String title, String themeCode, SkillType skillType, Delivery delivery,
            UUID providerId, Long version) {
        this.id = id;
        this.slug = slug;
        this.title = title;
        this.themeCode = themeCode;
        this.skillType = skillType;
        this.delivery = delivery;
        this.providerId = providerId;
        this.version = version;
    }

    public static TrainingCourse offer(String slug, String title, String themeCode, SkillType skillType,
            Delivery delivery, TrainingProvider provider) {
        return new TrainingCourse(UUID.randomUUID(), slug, title, themeCode, skillType, delivery, provider.id(), null);
    }

    public UUID id() { return id; }
    public String slug() { return slug; }
    public String title() { return title; }
    public String themeCode() { return themeCode; }
    public SkillType skillType() { return skillType; }
    public Delivery delivery() { return delivery; }
    public UUID providerId() { return providerId; }
    public Long version() { return version; }
}

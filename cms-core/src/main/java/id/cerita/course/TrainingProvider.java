package id.cerita.course;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

import id.cerita.common.ProviderId;
import id.cerita.common.StateConflictException;
import id.cerita.course.CourseEvent.ProviderArchived;
import id.cerita.course.CourseEvent.ProviderRegistered;
import id.cerita.course.CourseEvent.ProviderRestored;
import id.cerita.course.CourseEvent.ProviderRevised;

/**
 * A lembaga pelatihan: an organisation that runs training courses for the programme. An archived provider stays on
 * the stories that name its courses but is not offered for new courses.
 */
@Table("training_provider")
public class TrainingProvider extends AbstractAggregateRoot<TrainingProvider> {

    @Id
    private final UUID id;
    private final String slug;
    private String name;
    private String city;
    private String website;
    private String description;
    private Instant archivedAt;
    @Version
    private Long version;

    @PersistenceCreator
    TrainingProvider(UUID id, String slug, String name, String city, String website, String description,
            Instant archivedAt, Long version) {
        this.id = id;
        this.slug = slug;
        this.name = name;
        this.city = city;
        this.website = website;
        this.description = description;
        this.archivedAt = archivedAt;
        this.version = version;
    }

    /** A provider as the catalogue's loaders and tests make one (no city, nobody to record). */
    public static TrainingProvider register(String slug, String name, String website, String description) {
        return new TrainingProvider(UUID.randomUUID(), slug, name, null, website, description, null, null);
    }

    static TrainingProvider register(String slug, ProviderDetails details, String by) {
        TrainingProvider provider = new TrainingProvider(UUID.randomUUID(), slug, details.name(), details.city(),
                details.website(), details.description(), null, null);
        provider.registerEvent(new ProviderRegistered(provider.id(), by, provider.name));
        return provider;
    }

    void revise(ProviderDetails details, String by) {
        this.name = details.name();
        this.city = details.city();
        this.website = details.website();
        this.description = details.description();
        registerEvent(new ProviderRevised(id(), by, name));
    }

    void archive(String by, Instant at) {
        if (archived()) {
            throw new StateConflictException("provider.archived", "Lembaga pelatihan ini sudah diarsipkan: " + name, name);
        }
        this.archivedAt = at;
        registerEvent(new ProviderArchived(id(), by, name));
    }

    void restore(String by) {
        if (!archived()) {
            throw new StateConflictException("provider.not-archived", "Lembaga pelatihan ini tidak diarsipkan: " + name, name);
        }
        this.archivedAt = null;
        registerEvent(new ProviderRestored(id(), by, name));
    }

    public ProviderDetails details() {
        return new ProviderDetails(name, city, website, description);
    }

    public boolean archived() {
        return archivedAt != null;
    }

    public ProviderId id() { return new ProviderId(id); }
    public String slug() { return slug; }
    public String name() { return name; }
    public String city() { return city; }
    public String website() { return website; }
    public String description() { return description; }
    public Instant archivedAt() { return archivedAt; }
    public Long version() { return version; }
}

package id.cerita.course;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A lembaga pelatihan: an organisation that runs training courses for the programme. */
@Table("training_provider")
public class TrainingProvider {

    @Id
    private final UUID id;
    private final String slug;
    private String name;
    private String website;
    private String description;
    @Version
    private Long version;

    @PersistenceCreator
    TrainingProvider(UUID id, String slug, String name, String website, String description, Long version) {
        this.id = id;
        this.slug = slug;
        this.name = name;
        this.website = website;
        this.description = description;
        this.version = version;
    }

    public static TrainingProvider register(String slug, String name, String website, String description) {
        return new TrainingProvider(UUID.randomUUID(), slug, name, website, description, null);
    }

    public UUID id() { return id; }
    public String slug() { return slug; }
    public String name() { return name; }
    public String website() { return website; }
    public String description() { return description; }
    public Long version() { return version; }
}

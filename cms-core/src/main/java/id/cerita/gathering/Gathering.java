package id.cerita.gathering;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A temu alumni: the meeting where stories were collected, with its place and date. */
@Table("gathering")
public class Gathering {

    @Id
    private final UUID id;
    private final String slug;
    private String name;
    private String place;
    private String regionCode;
    private LocalDate heldOn;
    @Version
    private Long version;

    @PersistenceCreator
    Gathering(UUID id, String slug, String name, String place, String regionCode, LocalDate heldOn, Long version) {
        this.id = id;
        this.slug = slug;
        this.name = name;
        this.place = place;
        this.regionCode = regionCode;
        this.heldOn = heldOn;
        this.version = version;
    }

    public static Gathering plan(String slug, String name, String place, String regionCode, LocalDate heldOn) {
        return new Gathering(UUID.randomUUID(), slug, name, place, regionCode, heldOn, null);
    }

    public UUID id() { return id; }
    public String slug() { return slug; }
    public String name() { return name; }
    public String place() { return place; }
    public String regionCode() { return regionCode; }
    public LocalDate heldOn() { return heldOn; }
}

package id.cerita.gathering;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

import id.cerita.common.GatheringId;
import id.cerita.common.StateConflictException;
import id.cerita.gathering.GatheringEvent.GatheringArchived;
import id.cerita.gathering.GatheringEvent.GatheringPlanned;
import id.cerita.gathering.GatheringEvent.GatheringRestored;
import id.cerita.gathering.GatheringEvent.GatheringRevised;

/**
 * A temu alumni: the meeting where stories were collected, with its regency or city and date. An archived gathering
 * stays on old stories but is not offered for new ones.
 */
@Table("gathering")
public class Gathering extends AbstractAggregateRoot<Gathering> {

    @Id
    private final UUID id;
    private final String slug;
    private String name;
    private String place;
    private String regionCode;
    private LocalDate heldOn;
    private String notes;
    private Instant archivedAt;
    @Version
    private Long version;

    @PersistenceCreator
    Gathering(UUID id, String slug, String name, String place, String regionCode, LocalDate heldOn, String notes,
            Instant archivedAt, Long version) {
        this.id = id;
        this.slug = slug;
        this.name = name;
        this.place = place;
        this.regionCode = regionCode;
        this.heldOn = heldOn;
        this.notes = notes;
        this.archivedAt = archivedAt;
        this.version = version;
    }

    public static Gathering plan(String slug, String name, String place, String regionCode, LocalDate heldOn) {
        return new Gathering(UUID.randomUUID(), slug, name, place, regionCode, heldOn, null, null, null);
    }

    static Gathering plan(String slug, String name, GatheringDetails details, String by) {
        Gathering gathering = new Gathering(UUID.randomUUID(), slug, name, details.place(), details.regionCode(),
                details.heldOn(), details.notes(), null, null);
        gathering.registerEvent(new GatheringPlanned(gathering.id(), by, name));
        return gathering;
    }

    void revise(String name, GatheringDetails details, String by) {
        this.name = name;
        this.place = details.place();
        this.regionCode = details.regionCode();
        this.heldOn = details.heldOn();
        this.notes = details.notes();
        registerEvent(new GatheringRevised(id(), by, name));
    }

    void archive(String by, Instant at) {
        if (archived()) {
            throw new StateConflictException("gathering.archived", "Temu alumni ini sudah diarsipkan: " + name, name);
        }
        this.archivedAt = at;
        registerEvent(new GatheringArchived(id(), by, name));
    }

    void restore(String by) {
        if (!archived()) {
            throw new StateConflictException("gathering.not-archived", "Temu alumni ini tidak diarsipkan: " + name, name);
        }
        this.archivedAt = null;
        registerEvent(new GatheringRestored(id(), by, name));
    }

    public GatheringDetails details() {
        return new GatheringDetails(name, regionCode, place, heldOn, notes);
    }

    public boolean archived() {
        return archivedAt != null;
    }

    public GatheringId id() { return new GatheringId(id); }
    public String slug() { return slug; }
    public String name() { return name; }
    public String place() { return place; }
    public String regionCode() { return regionCode; }
    public LocalDate heldOn() { return heldOn; }
    public String notes() { return notes; }
    public Instant archivedAt() { return archivedAt; }
    public Long version() { return version; }
}

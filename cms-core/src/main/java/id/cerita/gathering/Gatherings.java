package id.cerita.gathering;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.validation.Valid;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import id.cerita.common.ArchivesReferenceData;
import id.cerita.common.AsAdmin;
import id.cerita.common.GatheringId;
import id.cerita.common.InvalidFieldException;
import id.cerita.common.LookupText;
import id.cerita.common.MaintainsReferenceData;
import id.cerita.common.NotFoundException;
import id.cerita.common.SlugText;
import id.cerita.region.Region;
import id.cerita.region.Regions;

/**
 * The temu alumni where stories are collected. Every newsroom role plans and corrects them; editors and
 * administrators archive them.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class Gatherings {

    private final GatheringRepository gatherings;
    private final Regions regions;
    private final Clock clock;

    Gatherings(GatheringRepository gatherings, Regions regions, Clock clock) {
        this.gatherings = gatherings;
        this.regions = regions;
        this.clock = clock;
    }

    /** Every gathering, newest first, archived ones included (old stories still name them). */
    public List<Gathering> all() {
        return gatherings.findAllByOrderByHeldOnDesc();
    }

    public List<Gathering> all(boolean includeArchived) {
        return includeArchived ? all() : gatherings.findByArchivedAtIsNullOrderByHeldOnDesc();
    }

    /** Gatherings on offer whose name, venue or date (2024-06-05) contains {@code query}, at most {@code limit}. */
    public List<Gathering> find(String query, int limit) {
        Predicate<String> matches = LookupText.matcher(query);
        return all(false).stream()
            .filter(g -> matches.test(g.name()) || matches.test(g.place()) || matches.test(g.heldOn().toString()))
            .limit(limit).toList();
    }

    public Optional<Gathering> find(GatheringId id) {
        return gatherings.findById(id.value());
    }

    public Optional<Gathering> bySlug(String slug) {
        return gatherings.findBySlug(slug);
    }

    public Gathering require(GatheringId id) {
        return find(id).orElseThrow(() -> new NotFoundException("gathering", "Temu alumni tidak ditemukan: " + id, id));
    }

    public Gathering require(String field, GatheringId id) {
        return find(id).orElseThrow(() -> new InvalidFieldException(field, "gathering.unknown", "Temu alumni tidak dikenal: " + id, id));
    }

    /** A gathering a story may newly name: it exists and is not archived. */
    public Gathering requireOffered(String field, GatheringId id) {
        Gathering gathering = require(field, id);
        if (gathering.archived()) {
            throw new InvalidFieldException(field, "gathering.archived", "Temu alumni ini sudah diarsipkan: " + gathering.name(),
                    gathering.name());
        }
        return gathering;
    }

    @Transactional
    @AsAdmin
    public Gathering plan(String slug, String name, String place, String regionCode, LocalDate heldOn) {
        regions.requireRegencyOrCity("regionCode", regionCode);
        return gatherings.save(Gathering.plan(slug, name, place, regionCode, heldOn));
    }

    @Transactional
    @MaintainsReferenceData
    public Gathering plan(@Valid GatheringDetails details, String by) {
        String name = nameOf(details);
        SlugText base = SlugText.of(name + " " + details.heldOn(), 150, "temu-alumni");
        SlugText slug = base;
        for (int n = 2; gatherings.findBySlug(slug.value()).isPresent(); n++) {
            slug = base.withSuffix(n);
        }
        return gatherings.save(Gathering.plan(slug.value(), name, details, by));
    }

    @Transactional
    @MaintainsReferenceData
    public Gathering revise(GatheringId id, @Valid GatheringDetails details, String by) {
        Gathering gathering = require(id);
        gathering.revise(nameOf(details), details, by);
        return gatherings.save(gathering);
    }

    @Transactional
    @ArchivesReferenceData
    public Gathering archive(GatheringId id, String by) {
        Gathering gathering = require(id);
        gathering.archive(by, clock.instant());
        return gatherings.save(gathering);
    }

    @Transactional
    @ArchivesReferenceData
    public Gathering restore(GatheringId id, String by) {
        Gathering gathering = require(id);
        gathering.restore(by);
        return gatherings.save(gathering);
    }

    /** Its own name, or "Temu Alumni Kota Gorontalo 2024" after its regency and year. */
    private String nameOf(GatheringDetails details) {
        Region region = regions.requireRegencyOrCity("regionCode", details.regionCode());
        return details.name() != null ? details.name() : "Temu Alumni " + region.name() + " " + details.heldOn().getYear();
    }
}

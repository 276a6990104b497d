package id.cerita.gathering;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.cerita.common.AsAdmin;
import id.cerita.common.InvalidFieldException;
import id.cerita.region.Regions;

/** The temu alumni where stories are collected. */
@Service
@Transactional(readOnly = true)
public class Gatherings {

    private final GatheringRepository gatherings;
    private final Regions regions;

    Gatherings(GatheringRepository gatherings, Regions regions) {
        this.gatherings = gatherings;
        this.regions = regions;
    }

    public List<Gathering> all() {
        return gatherings.findAllByOrderByHeldOnDesc();
    }

    public Optional<Gathering> find(UUID id) {
        return gatherings.findById(id);
    }

    public Optional<Gathering> bySlug(String slug) {
        return gatherings.findBySlug(slug);
    }

    public Gathering require(String field, UUID id) {
        return find(id).orElseThrow(() -> new InvalidFieldException(field, "gathering.unknown", "Temu alumni tidak dikenal: " + id));
    }

    @Transactional
    @AsAdmin
    public Gathering plan(String slug, String name, String place, String regionCode, LocalDate heldOn) {
        regions.requireRegencyOrCity("regionCode", regionCode);
        return gatherings.save(Gathering.plan(slug, name, place, regionCode, heldOn));
    }
}

package id.cerita.gathering.web;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.cerita.common.GatheringId;
import id.cerita.gathering.Gathering;
import id.cerita.gathering.GatheringDetails;
import id.cerita.gathering.Gatherings;
import id.cerita.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The temu alumni where stories were collected, newest first. Every newsroom role plans and corrects them; editors
 * and administrators archive them.
 */
@ApiController
@RequestMapping("/api/gatherings")
@Tag(name = "Temu alumni (gatherings)")
class GatheringApiController {

    private final Gatherings gatherings;

    GatheringApiController(Gatherings gatherings) {
        this.gatherings = gatherings;
    }

    @GetMapping
    @Operation(summary = "Gatherings on offer, newest first; with includeArchived=true the archived ones too")
    List<GatheringView> gatherings(@Parameter(description = "also list archived gatherings (for staff lists)")
            @RequestParam(defaultValue = "false") boolean includeArchived) {
        return gatherings.all(includeArchived).stream().map(GatheringView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One gathering, archived or not")
    GatheringView gathering(@PathVariable GatheringId id) {
        return GatheringView.of(gatherings.require(id));
    }

    @PostMapping
    @Operation(summary = "Plans a gathering in a regency or city (regionCode, e.g. 75.71) on a day; name optional")
    ResponseEntity<GatheringView> plan(@RequestBody GatheringDetails details, Principal user) {
        Gathering gathering = gatherings.plan(details, user.getName());
        return ResponseEntity.created(URI.create("/api/gatherings/" + gathering.id())).body(GatheringView.of(gathering));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Corrects a gathering (writers, editors, administrators)")
    GatheringView revise(@PathVariable GatheringId id, @RequestBody GatheringDetails details, Principal user) {
        return GatheringView.of(gatherings.revise(id, details, user.getName()));
    }

    @PostMapping("/{id}/archive")
    @Operation(summary = "Archives a gathering (editors, administrators); 409 if it already is")
    GatheringView archive(@PathVariable GatheringId id, Principal user) {
        return GatheringView.of(gatherings.archive(id, user.getName()));
    }

    @PostMapping("/{id}/restore")
    @Operation(summary = "Offers an archived gathering again (editors, administrators)")
    GatheringView restore(@PathVariable GatheringId id, Principal user) {
        return GatheringView.of(gatherings.restore(id, user.getName()));
    }

    record GatheringView(GatheringId id, String slug, String name, String place, String regionCode, LocalDate heldOn,
            String notes, boolean archived, Instant archivedAt, Long version) {

        static GatheringView of(Gathering g) {
            return new GatheringView(g.id(), g.slug(), g.name(), g.place(), g.regionCode(), g.heldOn(), g.notes(),
                    g.archived(), g.archivedAt(), g.version());
        }
    }
}

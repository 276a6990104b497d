package id.cerita.gathering.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;

import id.cerita.gathering.Gathering;
import id.cerita.gathering.Gatherings;
import id.cerita.web.ApiController;

/** The temu alumni where stories were collected, newest first. */
@ApiController
class GatheringApiController {

    private final Gatherings gatherings;

    GatheringApiController(Gatherings gatherings) {
        this.gatherings = gatherings;
    }

    @GetMapping("/api/gatherings")
    List<GatheringView> gatherings() {
        return gatherings.all().stream().map(GatheringView::of).toList();
    }

    record GatheringView(UUID id, String slug, String name, String place, String regionCode, LocalDate heldOn) {

        static GatheringView of(Gathering g) {
            return new GatheringView(g.id(), g.slug(), g.name(), g.place(), g.regionCode(), g.heldOn());
        }
    }
}

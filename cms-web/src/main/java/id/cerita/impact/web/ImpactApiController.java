package id.cerita.impact.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;

import id.cerita.impact.ImpactOverview;
import id.cerita.impact.ImpactReports;
import id.cerita.web.ApiController;

/**
 * {@code GET /api/impact}: the figures of the impact page, in one document. A figure that describes fewer than three
 * people is null, as on the page.
 */
@ApiController
@PreAuthorize("@capability.granted(authentication, 'USE_NEWSROOM')")
class ImpactApiController {

    private final ImpactReports reports;

    ImpactApiController(ImpactReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/impact")
    ImpactOverview impact() {
        return reports.overview();
    }
}

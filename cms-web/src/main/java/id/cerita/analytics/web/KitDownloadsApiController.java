package id.cerita.analytics.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;

import id.cerita.analytics.KitDownloadStats;
import id.cerita.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@ApiController
@PreAuthorize("@capability.granted(authentication, 'EXPORT_SITE')")
@Tag(name = "Analytics", description = "Figures for the communication team")
class KitDownloadsApiController {

    private final KitDownloadStats stats;

    KitDownloadsApiController(KitDownloadStats stats) {
        this.stats = stats;
    }

    @GetMapping("/api/analytics/downloads")
    @Operation(summary = "Press-kit downloads per story, per journalist and per outlet (editors, admins)")
    DownloadFigures downloads() {
        return DownloadFigures.of(stats);
    }
}

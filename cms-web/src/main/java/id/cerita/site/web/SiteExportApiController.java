package id.cerita.site.web;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import id.cerita.audit.AuditLog;
import id.cerita.site.SiteExportProgress;
import id.cerita.site.SiteExports;
import id.cerita.web.ApiController;

/** Starts a site export from scripts and CI; answers 202 with the progress to poll. */
@ApiController
@PreAuthorize("@capability.granted(authentication, 'EXPORT_SITE')")
class SiteExportApiController {

    private final SiteExports exports;
    private final AuditLog audit;

    SiteExportApiController(SiteExports exports, AuditLog audit) {
        this.exports = exports;
        this.audit = audit;
    }

    @PostMapping("/api/site/exports")
    ResponseEntity<SiteExportProgress> start(Authentication user) {
        exports.start();
        audit.append(user.getName(), "site.export-started", "site", "site", "API");
        return ResponseEntity.accepted().header("Location", "/api/site/exports/progress").body(exports.progress());
    }

    @GetMapping("/api/site/exports/progress")
    SiteExportProgress progress() {
        return exports.progress();
    }
}

package id.cerita.search.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;

import id.cerita.search.IndexStatus;
import id.cerita.search.IndexStatusService;
import id.cerita.web.ApiController;

/** Admins see whether the search index has caught up with the database, and why not if it has not. */
@ApiController
@PreAuthorize("@capability.granted(authentication, 'ADMINISTER')")
class IndexStatusController {

    private final IndexStatusService status;

    IndexStatusController(IndexStatusService status) {
        this.status = status;
    }

    @GetMapping("/api/admin/search/status")
    IndexStatus status() {
        return status.now();
    }
}

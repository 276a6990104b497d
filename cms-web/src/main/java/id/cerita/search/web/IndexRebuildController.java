package id.cerita.search.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import id.cerita.search.IndexRebuild;
import id.cerita.search.IndexRebuild.RebuildProgress;
import id.cerita.web.ApiController;

/** Admins rebuild the search index from the database without downtime, and follow its progress. */
@ApiController
@RequestMapping("/api/admin/search/rebuild")
@PreAuthorize("@capability.granted(authentication, 'ADMINISTER')")
class IndexRebuildController {

    private final IndexRebuild rebuild;

    IndexRebuildController(IndexRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping
    RebuildProgress start() {
        return rebuild.start();
    }

    @GetMapping
    RebuildProgress progress() {
        return rebuild.progress();
    }
}

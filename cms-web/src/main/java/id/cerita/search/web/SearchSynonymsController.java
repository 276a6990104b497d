package id.cerita.search.web;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

import id.cerita.search.SearchSynonyms;
import id.cerita.web.ApiController;

/** Admins reload the search synonyms into the running index (Synonyms API); no rebuild. */
@ApiController
@RequestMapping("/api/admin/search/synonyms")
@PreAuthorize("@capability.granted(authentication, 'ADMINISTER')")
class SearchSynonymsController {

    private final SearchSynonyms synonyms;

    SearchSynonymsController(SearchSynonyms synonyms) {
        this.synonyms = synonyms;
    }

    @PostMapping
    SearchSynonyms.Reloaded reload() {
        try {
            return synonyms.reload();
        } catch (IOException | RuntimeException e) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                    "the search cluster did not take the synonyms: " + e.getMessage(), e);
        }
    }
}

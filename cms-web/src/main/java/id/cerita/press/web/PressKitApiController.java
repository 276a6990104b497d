package id.cerita.press.web;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import id.cerita.common.StoryId;
import id.cerita.press.PressKits;
import id.cerita.web.ApiController;

/** GET /api/stories/{id}/press-kit: the ZIP for journalists, editors and admins. */
@ApiController
class PressKitApiController {

    private final PressKits kits;

    PressKitApiController(PressKits kits) {
        this.kits = kits;
    }

    @GetMapping(value = "/api/stories/{id}/press-kit", produces = { "application/zip", "application/problem+json" })
    @PreAuthorize("@capability.granted(authentication, 'USE_PRESS_ROOM')")
    ResponseEntity<byte[]> pressKit(@PathVariable StoryId id, Authentication authentication) {
        return PressKitResponses.download(kits.assemble(id, EmbargoClearance.of(authentication)));
    }
}

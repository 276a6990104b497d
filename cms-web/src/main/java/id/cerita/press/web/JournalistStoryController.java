package id.cerita.press.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

import id.cerita.common.NotFoundException;
import id.cerita.press.PressKitRefused;
import id.cerita.press.PressKits;
import id.cerita.story.Stories;
import id.cerita.story.Story;

/**
 * The journalist's page of one story: the release line, the story with its photos, quotes and outcomes, related
 * stories and the press kit download; when there is no kit for them it says why (embargo, consent, not published)
 * instead of offering the button.
 */
@Controller
@PreAuthorize("@capability.granted(authentication, 'USE_PRESS_ROOM')")
class JournalistStoryController {

    private final Stories stories;
    private final PressKits kits;
    private final PressStoryPage page;

    JournalistStoryController(Stories stories, PressKits kits, PressStoryPage page) {
        this.stories = stories;
        this.kits = kits;
        this.page = page;
    }

    @GetMapping("/press/stories/{slug}")
    ModelAndView story(@PathVariable String slug, Authentication authentication) {
        var preview = kits.preview(find(slug).id(), EmbargoClearance.of(authentication));
        return new ModelAndView("press/story", Map.of("slug", slug, "story", preview, "page",
                page.of(preview.storyId())));
    }

    @GetMapping("/press/stories/{slug}/press-kit")
    ResponseEntity<byte[]> download(@PathVariable String slug, Authentication authentication) {
        return PressKitResponses.download(kits.assemble(find(slug).id(), EmbargoClearance.of(authentication)));
    }

    /** No kit: the same page, with the reason in place of the button, and the status the API would answer. */
    @ExceptionHandler
    ModelAndView refused(PressKitRefused refused, HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> path = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return new ModelAndView("press/story", Map.of("slug", path == null ? "" : path.getOrDefault("slug", ""),
                "refusal", refused), PressKitProblems.status(refused.reason()));
    }

    private Story find(String slug) {
        return stories.bySlug(slug).orElseThrow(() -> new NotFoundException("story", "Cerita tidak ditemukan: " + slug, slug));
    }
}

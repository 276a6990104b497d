package id.cerita.consent.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.cerita.alumni.ConsentScope;
import id.cerita.common.MediaId;
import id.cerita.common.SystemActor;
import id.cerita.consent.CheckAnswer;
import id.cerita.consent.StoryCheckLink;
import id.cerita.consent.StoryCheckLinks;
import id.cerita.media.ImageFormat;
import id.cerita.media.MediaAsset;
import id.cerita.media.MediaIntake;
import id.cerita.media.MediaLibrary;
import id.cerita.media.StoryImageLinks;
import id.cerita.site.MarkdownRenderer;
import id.cerita.story.StoryDetails;
import id.cerita.story.StoryReader;

/**
 * The page the featured person opens from the private link, on their own phone and without an account: the story
 * exactly as it would be published (text, photos, outcome figures), whether the facts are right, and each consent
 * scope given or declined. A used link says so; a revoked, expired or unknown one says only that it is not valid.
 */
@Controller
class StoryCheckPageController {

    private final StoryCheckLinks links;
    private final StoryReader reader;
    private final StoryImageLinks images;
    private final MediaLibrary library;
    private final MediaIntake intake;
    private final MarkdownRenderer markdown;

    StoryCheckPageController(StoryCheckLinks links, StoryReader reader, StoryImageLinks images, MediaLibrary library,
            MediaIntake intake, MarkdownRenderer markdown) {
        this.links = links;
        this.reader = reader;
        this.images = images;
        this.library = library;
        this.intake = intake;
        this.markdown = markdown;
    }

    @GetMapping("/check/{token}")
    String page(@PathVariable String token, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        Optional<StoryCheckLink> link = open(token, model, response);
        if (link.isEmpty()) {
            return "alumni/check-closed";
        }
        return show(token, link.get(), model, Map.of());
    }

    @PostMapping("/check/{token}")
    String answer(@PathVariable String token, @RequestParam(required = false) String facts,
            @RequestParam(required = false) String correction, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        Optional<StoryCheckLink> link = open(token, model, response);
        if (link.isEmpty()) {
            return "alumni/check-closed";
        }
        Set<ConsentScope> granted = EnumSet.noneOf(ConsentScope.class);
        Set<ConsentScope> declined = EnumSet.noneOf(ConsentScope.class);
        for (ConsentScope scope : ConsentScope.values()) {
            String choice = form.get("scope_" + scope.name());
            if ("give".equals(choice)) {
                granted.add(scope);
            }
            else if ("decline".equals(choice)) {
                declined.add(scope);
            }
        }
        boolean wrong = "correct".equals(facts);
        if (facts == null || (wrong && (correction == null || correction.isBlank()))
                || (correction != null && correction.length() > 1500)) {
            return show(token, link.get(), model, Map.of(facts == null ? "facts" : "correction",
                    facts == null ? "check.error.facts" : "check.error.correction"));
        }
        links.answer(token, new CheckAnswer(!wrong, correction, granted, declined));
        return "redirect:/check/" + token;
    }

    @GetMapping("/check/{token}/photos/{mediaId}.jpg")
    ResponseEntity<?> photo(@PathVariable String token, @PathVariable MediaId mediaId) {
        Optional<StoryCheckLink> link = links.byToken(token)
            .filter(l -> l.stateAt(links.now()) == StoryCheckLink.State.OPEN);
        if (link.isEmpty() || !images.of(link.get().storyId()).allMediaIds().contains(mediaId)) {
            return ResponseEntity.notFound().build();
        }
        MediaAsset asset = library.require(mediaId);
        return intake.derivativesOf(asset).widths(ImageFormat.JPEG).stream()
            .filter(d -> d.width() <= 960).reduce((a, b) -> a.width() >= b.width() ? a : b)
            .<ResponseEntity<?>>map(d -> ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
                .body(new FileSystemResource(d.file())))
            .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** The open link, or the closed page's model (and status) when the token opens nothing. */
    private Optional<StoryCheckLink> open(String token, Model model, HttpServletResponse response) {
        Optional<StoryCheckLink> link = links.byToken(token);
        StoryCheckLink.State state = link.map(l -> l.stateAt(links.now())).orElse(null);
        if (state == StoryCheckLink.State.OPEN) {
            return link;
        }
        if (state == StoryCheckLink.State.ANSWERED) {
            model.addAttribute("answeredAt", link.get().answeredAt());
        }
        else {
            response.setStatus(state == null ? 404 : 410);
        }
        model.addAttribute("answered", state == StoryCheckLink.State.ANSWERED);
        return Optional.empty();
    }

    private String show(String token, StoryCheckLink link, Model model, Map<String, String> errors) {
        StoryDetails story = SystemActor.call(() -> reader.working(link.storyId())).orElseThrow();
        List<MediaId> photos = new ArrayList<>(SystemActor.call(() -> images.of(link.storyId()).allMediaIds()));
        model.addAttribute("token", token);
        model.addAttribute("story", story);
        model.addAttribute("bodyHtml", markdown.toHtml(story.body()));
        model.addAttribute("photos", photos.stream().map(library::find).flatMap(Optional::stream).toList());
        model.addAttribute("expiresAt", link.expiresAt());
        model.addAttribute("scopes", ConsentScope.values());
        model.addAttribute("errors", errors);
        return "alumni/check";
    }
}

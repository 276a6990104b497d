package id.cerita.media.web;

import java.io.IOException;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.cerita.alumni.Alumni;
import id.cerita.alumni.Alumnus;
import id.cerita.common.MediaId;
import id.cerita.common.StoryId;
import id.cerita.media.ImageFormat;
import id.cerita.media.ImagingBusy;
import id.cerita.media.MediaAsset;
import id.cerita.media.MediaInUseException;
import id.cerita.media.MediaIntake;
import id.cerita.media.MediaLibrary;
import id.cerita.media.MediaLibrary.MediaRegistration;
import id.cerita.media.MediaQuery;
import id.cerita.media.MediaUsage;
import id.cerita.media.StoryImageLinks;
import id.cerita.media.UploadRejected;
import id.cerita.story.StoryFilter;
import id.cerita.story.StoryListing;
import id.cerita.story.StorySummary;

/** The media library pages: list and search, upload, and one image's editing page. */
@Controller
@PreAuthorize("@capability.granted(authentication, 'USE_NEWSROOM')")
@RequestMapping("/media")
class MediaPagesController {

    static final List<String> CROPS = List.of("16x9", "4x3", "1x1");

    private final MediaLibrary library;
    private final MediaIntake intake;
    private final StoryImageLinks links;
    private final StoryListing storyListing;
    private final Alumni alumni;
    private final MessageSource messages;

    MediaPagesController(MediaLibrary library, MediaIntake intake, StoryImageLinks links, StoryListing storyListing,
            Alumni alumni, MessageSource messages) {
        this.messages = messages;
        this.library = library;
        this.intake = intake;
        this.links = links;
        this.storyListing = storyListing;
        this.alumni = alumni;
    }

    @GetMapping
    String library(@RequestParam(required = false) String q, @RequestParam(defaultValue = "ALL") MediaQuery.Show show,
            Model model) {
        var items = library.search(new MediaQuery(q, show, null, 120));
        model.addAttribute("items", items);
        model.addAttribute("usedBy", library.usages(items.stream().map(m -> m.id()).toList()));
        model.addAttribute("q", q);
        model.addAttribute("show", show);
        model.addAttribute("shows", MediaQuery.Show.values());
        return "media/library";
    }

    @GetMapping("/upload")
    String uploadPage() {
        return "media/upload";
    }

    /** Called by the upload page's script (one request per file, with progress): JSON, or a problem detail. */
    @PostMapping(path = "/upload", consumes = "multipart/form-data")
    @ResponseBody
    ResponseEntity<?> upload(@RequestPart("file") MultipartFile file, Authentication user) throws IOException {
        try {
            MediaRegistration registration = intake.accept(file.getBytes(), file.getContentType(),
                    file.getOriginalFilename(), user.getName());
            MediaAsset asset = registration.asset();
            Map<String, Object> body = Map.of("id", asset.id(), "location", "/media/" + asset.id(),
                    "thumbnail", "/media/" + asset.id() + "/files/w320.jpg?v=" + asset.version(),
                    "created", registration.created());
            return registration.created() ? ResponseEntity.created(URI.create("/media/" + asset.id())).body(body)
                    : ResponseEntity.ok(body);
        } catch (UploadRejected e) {
            ProblemDetail problem = MediaProblems.rejected(e, messages, LocaleContextHolder.getLocale());
            return ResponseEntity.status(problem.getStatus()).body(problem);
        } catch (ImagingBusy e) {
            return MediaProblems.busy(e, messages, LocaleContextHolder.getLocale());
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable MediaId id, Authentication user, Model model) {
        MediaAsset asset = library.require(id);
        List<MediaUsage> usages = library.usages(id);
        model.addAttribute("asset", asset);
        model.addAttribute("usages", usages);
        model.addAttribute("crops", CROPS);
        model.addAttribute("isAdmin", Roles.isAdmin(user));
        model.addAttribute("stories", storyListing.page(StoryFilter.none(), 0, 100).items().stream()
                .sorted(Comparator.comparing(StorySummary::title)).toList());
        model.addAttribute("alumni", alumni.all().stream().sorted(Comparator.comparing(Alumnus::fullName)).toList());
        model.addAttribute("srcset", MediaFilesController.widthsSrcset(
                intake.derivativesOf(asset).widths(ImageFormat.JPEG), "/media/" + id + "/files/",
                asset.version()));
        return "media/edit";
    }

    @PostMapping("/{id}")
    String describe(@PathVariable MediaId id, @Valid @ModelAttribute DescribeMedia command, BindingResult errors,
            Authentication user, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("problem", message("media.page.too-long"));
            return "redirect:/media/" + id;
        }
        library.describe(id, command.version(), command.description(), user.getName());
        redirect.addFlashAttribute("notice", message("media.page.described"));
        return "redirect:/media/" + id;
    }

    /** Called by the focal point script: the new point and version, so the page can refresh its crops. */
    @PostMapping("/{id}/focal-point")
    @ResponseBody
    Map<String, Object> moveFocalPoint(@PathVariable MediaId id, @Valid MoveFocalPoint command, Authentication user) {
        MediaAsset asset = library.moveFocalPoint(id, command.focalPoint(), user.getName());
        return Map.of("x", asset.focalPoint().x(), "y", asset.focalPoint().y(), "version", asset.version());
    }

    @PostMapping("/{id}/attach")
    String attach(@PathVariable MediaId id, @RequestParam StoryId storyId, @RequestParam MediaUsage.Role role,
            Authentication user, RedirectAttributes redirect) {
        switch (role) {
            case LEAD -> links.chooseLead(storyId, id, user.getName());
            case GALLERY -> links.addToGallery(storyId, id, user.getName());
        }
        redirect.addFlashAttribute("notice", message("media.page.attached"));
        return "redirect:/media/" + id;
    }

    @PostMapping("/{id}/detach")
    String detach(@PathVariable MediaId id, @RequestParam StoryId storyId, Authentication user) {
        links.remove(storyId, id, user.getName());
        return "redirect:/media/" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable MediaId id, Authentication user, RedirectAttributes redirect) {
        try {
            library.delete(id, user.getName());
            redirect.addFlashAttribute("notice", message("media.page.deleted"));
            return "redirect:/media";
        } catch (MediaInUseException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e, LocaleContextHolder.getLocale()));
            return "redirect:/media/" + id;
        }
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}

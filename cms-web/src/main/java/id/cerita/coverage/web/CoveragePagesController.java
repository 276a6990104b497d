package id.cerita.coverage.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.ConstraintViolationException;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.cerita.coverage.PressClip;
import id.cerita.coverage.PressClips;
import id.cerita.gathering.Gatherings;
import id.cerita.story.StoryFilter;
import id.cerita.story.StoryListing;
import id.cerita.web.Formats;
import id.cerita.web.ReferenceFormErrors;

/**
 * Coverage for the communication team: the clips recorded, counted per province and per month; add one by hand or
 * from a saved news page (its Open Graph and JSON-LD fill the form), correct it, delete it.
 */
@Controller
@PreAuthorize("@capability.granted(authentication, 'USE_NEWSROOM')")
class CoveragePagesController {

    /** A saved news page is a few hundred kilobytes; anything far larger is not one. */
    static final long MAX_PAGE_BYTES = 5L * 1024 * 1024;

    private final PressClips clips;
    private final Gatherings gatherings;
    private final StoryListing listing;
    private final MessageSource messages;
    private final Formats formats;

    CoveragePagesController(PressClips clips, Gatherings gatherings, StoryListing listing, MessageSource messages,
            Formats formats) {
        this.formats = formats;
        this.clips = clips;
        this.gatherings = gatherings;
        this.listing = listing;
        this.messages = messages;
    }

    @GetMapping("/coverage")
    String list(Model model, Locale locale) {
        model.addAttribute("clips", clips.all());
        List<PressClips.Count> perProvince = clips.perProvince();
        // "Juni 2024" rather than 2024-06, in the reader's language
        List<PressClips.Count> perMonth = clips.perMonth().stream()
            .map(c -> new PressClips.Count(c.key(), formats.month(c.key(), locale), c.count())).toList();
        model.addAttribute("perProvince", perProvince);
        model.addAttribute("maxPerProvince", max(perProvince));
        model.addAttribute("perMonth", perMonth);
        model.addAttribute("maxPerMonth", max(perMonth));
        return "coverage/list";
    }

    @GetMapping("/coverage/new")
    String create(Model model) {
        return form(model, new ClipForm(), null, Map.of());
    }

    @PostMapping("/coverage/suggestion")
    String suggest(@RequestParam("page") MultipartFile page, Model model, Locale locale) throws IOException {
        if (page.isEmpty() || page.getSize() > MAX_PAGE_BYTES) {
            model.addAttribute("problem", messages.getMessage("coverage.suggest.unreadable", null, locale));
            return form(model, new ClipForm(), null, Map.of());
        }
        ClipForm form = ClipForm.of(ClipSuggestions.from(new String(page.getBytes(), StandardCharsets.UTF_8)));
        model.addAttribute("notice", messages.getMessage("coverage.suggest.done", null, locale));
        return form(model, form, null, Map.of());
    }

    @PostMapping("/coverage")
    String save(@ModelAttribute("form") ClipForm form, Principal user, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            PressClip clip = clips.record(form.toDetails(), user.getName());
            redirect.addFlashAttribute("notice",
                    messages.getMessage("coverage.saved", new Object[] { clip.details().outlet() }, locale));
            return "redirect:/coverage";
        }
        catch (ConstraintViolationException e) {
            return form(model, form, null, ReferenceFormErrors.of(e, messages));
        }
    }

    @GetMapping("/coverage/{id}")
    String edit(@PathVariable UUID id, Model model) {
        PressClip clip = clips.require(id);
        return form(model, ClipForm.of(clip), clip, Map.of());
    }

    @PostMapping("/coverage/{id}")
    String revise(@PathVariable UUID id, @ModelAttribute("form") ClipForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        PressClip clip = clips.require(id);
        try {
            clips.revise(id, form.toDetails());
            redirect.addFlashAttribute("notice",
                    messages.getMessage("coverage.saved", new Object[] { form.getOutlet() }, locale));
            return "redirect:/coverage";
        }
        catch (ConstraintViolationException e) {
            return form(model, form, clip, ReferenceFormErrors.of(e, messages));
        }
    }

    @PostMapping("/coverage/{id}/delete")
    String delete(@PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        PressClip clip = clips.require(id);
        clips.delete(id);
        redirect.addFlashAttribute("notice",
                messages.getMessage("coverage.deleted", new Object[] { clip.details().outlet() }, locale));
        return "redirect:/coverage";
    }

    private static long max(List<PressClips.Count> counts) {
        return counts.stream().mapToLong(PressClips.Count::count).max().orElse(1);
    }

    private String form(Model model, ClipForm form, PressClip clip, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("clip", clip);
        model.addAttribute("errors", errors);
        model.addAttribute("gatherings", gatherings.all());
        model.addAttribute("stories", listing.page(StoryFilter.none(), 0, StoryListing.MAX_PAGE_SIZE).items());
        return "coverage/form";
    }
}

package id.cerita.story.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.ConstraintViolationException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.cerita.common.InvalidFieldException;
import id.cerita.story.Language;
import id.cerita.story.StaleStoryException;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.story.StoryEditorPanel;
import id.cerita.story.StoryFilter;
import id.cerita.story.StoryLimits;
import id.cerita.story.StoryListing;
import id.cerita.story.StoryStatus;
import id.cerita.web.FieldErrors;

/** The story list and the story editor. */
@Controller
class StoryPagesController {

    static final int PAGE_SIZE = 20;
    /** The no-JavaScript "show the regencies of this province" button: re-renders the form, saves nothing. */
    static final String CHOOSE_PROVINCE = "choose-province";

    private final Stories stories;
    private final StoryListing listing;
    private final EditorChoices choices;
    private final MessageSource messages;
    private final List<StoryEditorPanel> panels;

    StoryPagesController(Stories stories, StoryListing listing, EditorChoices choices, MessageSource messages,
            List<StoryEditorPanel> panels) {
        this.stories = stories;
        this.listing = listing;
        this.choices = choices;
        this.messages = messages;
        this.panels = panels;
    }

    @GetMapping({ "/", "/stories" })
    String list(@RequestParam(required = false) StoryStatus status, @RequestParam(required = false) String province,
            @RequestParam(required = false) String regency, @RequestParam(required = false) String theme,
            @RequestParam(required = false) Language language, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        String region = regency != null && !regency.isBlank() ? regency : province;
        StoryFilter filter = new StoryFilter(status, region, theme, language, null, q);
        model.addAttribute("page", listing.page(filter, page, PAGE_SIZE));
        model.addAttribute("filter", Map.of("status", status == null ? "" : status.name(),
                "province", province == null ? "" : province, "regency", regency == null ? "" : regency,
                "theme", theme == null ? "" : theme, "language", language == null ? "" : language.name(),
                "q", q == null ? "" : q));
        choices.forList(model, province);
        return "story/list";
    }

    @GetMapping("/stories/new")
    String create(Model model) {
        return editor(model, new StoryForm().withSpareRows(), null);
    }

    @PostMapping("/stories")
    String create(@ModelAttribute("form") StoryForm form, BindingResult binding, @RequestParam(name = "_action", required = false) String action,
            Principal user, Model model, RedirectAttributes redirect) {
        if (CHOOSE_PROVINCE.equals(action) || unreadable(binding, model)) {
            return editor(model, form.withSpareRows(), null);
        }
        try {
            Story story = stories.create(form.toContent(), null, user.getName());
            redirect.addFlashAttribute("notice", message("editor.saved"));
            return "redirect:/stories/" + story.id();
        }
        catch (InvalidFieldException | ConstraintViolationException e) {
            model.addAttribute("errors", FieldErrors.of(e));
            return editor(model, form.withSpareRows(), null);
        }
    }

    @GetMapping("/stories/{id}")
    String edit(@PathVariable UUID id, Model model) {
        Story story = existing(id);
        return editor(model, StoryForm.of(story).withSpareRows(), story);
    }

    @PostMapping("/stories/{id}")
    String save(@PathVariable UUID id, @ModelAttribute("form") StoryForm form, BindingResult binding,
            @RequestParam(name = "_action", required = false) String action, Principal user, Model model,
            RedirectAttributes redirect) {
        Story story = existing(id);
        if (CHOOSE_PROVINCE.equals(action) || unreadable(binding, model)) {
            return editor(model, form.withSpareRows(), story);
        }
        try {
            long version = form.getVersion() == null ? -1 : form.getVersion();
            stories.save(id, version, form.toContent(), user.getName());
            redirect.addFlashAttribute("notice", message("editor.saved"));
            return "redirect:/stories/" + id;
        }
        catch (StaleStoryException e) {
            return conflict(model, form, e.current());
        }
        catch (OptimisticLockingFailureException e) {
            // Both saves passed the version check at the same moment; the database let only one through.
            return conflict(model, form, stories.require(id));
        }
        catch (InvalidFieldException | ConstraintViolationException e) {
            model.addAttribute("errors", FieldErrors.of(e));
            return editor(model, form.withSpareRows(), story);
        }
    }

    /**
     * Nothing is lost: the user's text stays in the form, the other editor's text is shown beside it, and the next
     * save is based on the version they have now seen.
     */
    private String conflict(Model model, StoryForm form, Story current) {
        model.addAttribute("conflict", current);
        form.setVersion(current.version());
        return editor(model, form.withSpareRows(), current);
    }

    private Story existing(UUID id) {
        return stories.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String editor(Model model, StoryForm form, Story story) {
        model.addAttribute("form", form);
        model.addAttribute("story", story);
        if (story != null) {
            panels.forEach(panel -> model.addAllAttributes(panel.attributesFor(story.id())));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        choices.forEditor(model, form.effectiveProvince());
        model.addAttribute("limits", StoryLimits.all());
        return "story/editor";
    }

    /** A value that could not even be read, like letters in a number field. */
    private static boolean unreadable(BindingResult binding, Model model) {
        if (!binding.hasErrors()) {
            return false;
        }
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        binding.getFieldErrors().forEach(e -> errors.put(e.getField(), "Nilai tidak dapat dibaca: " + e.getRejectedValue()));
        model.addAttribute("errors", errors);
        return true;
    }

    private String message(String code) {
        return messages.getMessage(code, null, LocaleContextHolder.getLocale());
    }
}

package id.cerita.story.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import id.cerita.common.AlumnusId;
import id.cerita.common.InvalidFieldException;
import id.cerita.common.StoryId;
import id.cerita.story.Actor;
import id.cerita.story.Language;
import id.cerita.story.StaleStoryException;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.story.StoryEditorPanel;
import id.cerita.story.StoryFilter;
import id.cerita.story.StoryLimits;
import id.cerita.story.StoryListing;
import id.cerita.story.StoryPhotoIntake;
import id.cerita.story.StoryStatus;
import id.cerita.web.Formats;
import id.cerita.web.UserMessages;

/** The story list and the story editor. */
@Controller
class StoryPagesController {

    static final int PAGE_SIZE = 20;
    /** The no-JavaScript "show the regencies of this province" button: re-renders the form, saves nothing. */
    static final String CHOOSE_PROVINCE = "choose-province";
    /** "Tambah alumni baru" on a saved story: save the form first, then go to the new-alumnus page. */
    static final String ADD_ALUMNUS = "add-alumnus";

    private final Stories stories;
    private final StoryListing listing;
    private final EditorChoices choices;
    private final MessageSource messages;
    private final List<StoryEditorPanel> panels;
    private final List<StoryPhotoIntake> photos;
    private final FormErrors formErrors;
    private final UserMessages problems;
    private final Formats formats;

    StoryPagesController(Stories stories, StoryListing listing, EditorChoices choices, MessageSource messages,
            List<StoryEditorPanel> panels, List<StoryPhotoIntake> photos, FormErrors formErrors,
            UserMessages problems, Formats formats) {
        this.stories = stories;
        this.listing = listing;
        this.choices = choices;
        this.messages = messages;
        this.panels = panels;
        this.photos = photos;
        this.formErrors = formErrors;
        this.problems = problems;
        this.formats = formats;
    }

    /** Outcome amounts as people type Rupiah: "Rp12.500.000", "12.500.000", "12,5 juta". */
    @InitBinder("form")
    void amounts(WebDataBinder binder) {
        binder.registerCustomEditor(Long.class, "outcomes.amount", new RupiahAmount.Editor(formats));
        binder.registerCustomEditor(Long.class, "outcomes.baseline", new RupiahAmount.Editor(formats));
    }

    @GetMapping("/stories")
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
    String create(@RequestParam(required = false) AlumnusId alumnus, Authentication user, Model model) {
        StoryForm form = new StoryForm().withSpareRows();
        alumnusChosen(form, alumnus, model);
        return editor(model, form, null, user);
    }

    @PostMapping("/stories")
    String create(@ModelAttribute("form") StoryForm form, BindingResult binding, @RequestParam(name = "_action", required = false) String action,
            NewPhoto photo, Authentication user, Model model, RedirectAttributes redirect) {
        if (CHOOSE_PROVINCE.equals(action) || unreadable(binding, model)) {
            return editor(model, form.withSpareRows(), null, user);
        }
        try {
            Story story = stories.create(form.toContent(), null, user.getName());
            redirect.addFlashAttribute("notice", message("editor.saved"));
            addPhoto(story, photo, user, redirect);
            return "redirect:/stories/" + story.id();
        }
        catch (InvalidFieldException | ConstraintViolationException e) {
            model.addAttribute("errors", formErrors.of(e, form));
            return editor(model, form.withSpareRows(), null, user);
        }
    }

    /** The photo chosen in the editor, taken in once the story exists (a new story is saved first, as a draft). */
    private void addPhoto(Story story, NewPhoto photo, Authentication user, RedirectAttributes redirect) {
        if (photo == null || !photo.present() || photos.isEmpty()) {
            return;
        }
        try {
            photos.getFirst().add(story.id(), photo.upload(), user.getName());
            redirect.addFlashAttribute("notice", message("editor.saved") + " " + message("story.photo.added"));
        }
        catch (InvalidFieldException e) {
            redirect.addFlashAttribute("problem", problems.of(e));
        }
    }

    /** {@code alumnus}: the one just added on the alumni page, chosen in the form (saved with the next save). */
    @GetMapping("/stories/{id}")
    String edit(@PathVariable StoryId id, @RequestParam(required = false) AlumnusId alumnus, Authentication user, Model model) {
        Story story = existing(id);
        StoryForm form = StoryForm.of(story).withSpareRows();
        alumnusChosen(form, alumnus, model);
        return editor(model, form, story, user);
    }

    private void alumnusChosen(StoryForm form, AlumnusId alumnus, Model model) {
        if (choices.preselectAlumnus(form, alumnus)) {
            model.addAttribute("notice", message("reference.picker.alumnusChosen"));
        }
    }

    @PostMapping("/stories/{id}")
    String save(@PathVariable StoryId id, @ModelAttribute("form") StoryForm form, BindingResult binding,
            @RequestParam(name = "_action", required = false) String action, NewPhoto photo, Authentication user,
            Model model, RedirectAttributes redirect) {
        Story story = existing(id);
        if (CHOOSE_PROVINCE.equals(action) || unreadable(binding, model)) {
            return editor(model, form.withSpareRows(), story, user);
        }
        try {
            long version = form.getVersion() == null ? -1 : form.getVersion();
            Story saved = stories.save(id, version, form.toContent(), user.getName());
            redirect.addFlashAttribute("notice", message("editor.saved"));
            addPhoto(saved, photo, user, redirect);
            if (ADD_ALUMNUS.equals(action)) {
                return "redirect:" + UriComponentsBuilder.fromPath("/alumni/new")
                    .queryParam("returnTo", "/stories/" + id).build().toUriString();
            }
            return "redirect:/stories/" + id;
        }
        catch (StaleStoryException e) {
            return conflict(model, form, e.current(), user);
        }
        catch (OptimisticLockingFailureException e) {
            // Both saves passed the version check at the same moment; the database let only one through.
            return conflict(model, form, stories.require(id), user);
        }
        catch (InvalidFieldException | ConstraintViolationException e) {
            model.addAttribute("errors", formErrors.of(e, form));
            return editor(model, form.withSpareRows(), story, user);
        }
    }

    /**
     * Nothing is lost: the user's text stays in the form, the other editor's text is shown beside it, and the next
     * save is based on the version they have now seen.
     */
    private String conflict(Model model, StoryForm form, Story current, Authentication user) {
        model.addAttribute("conflict", current);
        form.setVersion(current.version());
        return editor(model, form.withSpareRows(), current, user);
    }

    private Story existing(StoryId id) {
        return stories.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String editor(Model model, StoryForm form, Story story, Authentication user) {
        model.addAttribute("form", form);
        model.addAttribute("story", story);
        model.addAttribute("photoIntake", !photos.isEmpty());
        if (story != null) {
            panels.forEach(panel -> model.addAllAttributes(panel.attributesFor(story.id())));
            model.addAttribute("steps", story.openTransitions(Actor.of(user.getName(),
                    user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList())));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        choices.forEditor(model, form);
        model.addAttribute("limits", StoryLimits.all());
        return "story/editor";
    }

    /** A value that could not even be read, like letters in a number field. */
    private boolean unreadable(BindingResult binding, Model model) {
        if (!binding.hasErrors()) {
            return false;
        }
        model.addAttribute("errors", formErrors.unreadable(binding));
        return true;
    }

    private String message(String code) {
        return messages.getMessage(code, null, LocaleContextHolder.getLocale());
    }
}

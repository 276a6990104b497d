package id.cerita.course.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.cerita.common.InvalidFieldException;
import id.cerita.common.ProviderId;
import id.cerita.common.StateConflictException;
import id.cerita.course.Courses;
import id.cerita.course.TrainingCourse;
import id.cerita.course.TrainingProvider;
import id.cerita.theme.Theme;
import id.cerita.theme.Themes;
import id.cerita.web.ReferenceFormErrors;

/** The training providers with their courses: the list (archived ones on request), add, correct, archive, restore. */
@Controller
class ProviderPagesController {

    private final Courses courses;
    private final Themes themes;
    private final MessageSource messages;

    ProviderPagesController(Courses courses, Themes themes, MessageSource messages) {
        this.courses = courses;
        this.themes = themes;
        this.messages = messages;
    }

    @GetMapping("/providers")
    String providers(@RequestParam(defaultValue = "false") boolean includeArchived, Model model) {
        model.addAttribute("providers", courses.providers(includeArchived).stream()
            .map(p -> new ProviderCourses(p, courses.coursesOf(p.id()).stream()
                .filter(c -> includeArchived || !c.archived()).toList()))
            .toList());
        model.addAttribute("includeArchived", includeArchived);
        model.addAttribute("themes", themes.all().stream().collect(Collectors.toMap(Theme::code, Function.identity())));
        return "course/providers";
    }

    @GetMapping("/providers/new")
    String create(Model model) {
        return form(model, new ProviderForm(), null);
    }

    @PostMapping("/providers")
    String create(@ModelAttribute("form") ProviderForm form, Principal user, Model model, RedirectAttributes redirect) {
        try {
            TrainingProvider provider = courses.registerProvider(form.toDetails(), user.getName());
            redirect.addFlashAttribute("notice", message("reference.provider.saved", provider.name()));
            return "redirect:/providers";
        }
        catch (InvalidFieldException | ConstraintViolationException e) {
            model.addAttribute("errors", ReferenceFormErrors.of(e, messages));
            return form(model, form, null);
        }
    }

    @GetMapping("/providers/{id}")
    String edit(@PathVariable ProviderId id, Model model) {
        TrainingProvider provider = courses.requireProvider(id);
        return form(model, ProviderForm.of(provider), provider);
    }

    @PostMapping("/providers/{id}")
    String save(@PathVariable ProviderId id, @ModelAttribute("form") ProviderForm form, Principal user, Model model,
            RedirectAttributes redirect) {
        TrainingProvider provider = courses.requireProvider(id);
        try {
            courses.reviseProvider(id, form.toDetails(), user.getName());
            redirect.addFlashAttribute("notice", message("reference.provider.saved", form.getName()));
            return "redirect:/providers";
        }
        catch (InvalidFieldException | ConstraintViolationException e) {
            model.addAttribute("errors", ReferenceFormErrors.of(e, messages));
            return form(model, form, provider);
        }
    }

    @PostMapping("/providers/{id}/archive")
    String archive(@PathVariable ProviderId id, Principal user, RedirectAttributes redirect) {
        TrainingProvider provider = courses.archiveProvider(id, user.getName());
        redirect.addFlashAttribute("notice", message("reference.provider.archived", provider.name()));
        return "redirect:/providers";
    }

    @PostMapping("/providers/{id}/restore")
    String restore(@PathVariable ProviderId id, Principal user, RedirectAttributes redirect) {
        TrainingProvider provider = courses.restoreProvider(id, user.getName());
        redirect.addFlashAttribute("notice", message("reference.provider.restored", provider.name()));
        return "redirect:/providers?includeArchived=true";
    }

    private String form(Model model, ProviderForm form, TrainingProvider provider) {
        model.addAttribute("form", form);
        model.addAttribute("provider", provider);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "course/provider-form";
    }

    @ExceptionHandler
    String conflict(StateConflictException e, HttpServletRequest request) {
        return ReferenceFormErrors.redirectWithConflict(request, messages, "/providers?includeArchived=true");
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }

    record ProviderCourses(TrainingProvider provider, List<TrainingCourse> courses) {
    }
}

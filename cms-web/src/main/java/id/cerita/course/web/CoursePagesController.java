package id.cerita.course.web;

import java.security.Principal;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

import id.cerita.common.CourseId;
import id.cerita.common.InvalidFieldException;
import id.cerita.common.ProviderId;
import id.cerita.common.StateConflictException;
import id.cerita.course.Courses;
import id.cerita.course.Delivery;
import id.cerita.course.SkillType;
import id.cerita.course.TrainingCourse;
import id.cerita.course.TrainingProvider;
import id.cerita.theme.Theme;
import id.cerita.theme.Themes;
import id.cerita.web.ReferenceFormErrors;

/** The course catalogue: the list (archived ones on request), add, correct, archive and restore. */
@Controller
class CoursePagesController {

    private final Courses courses;
    private final Themes themes;
    private final MessageSource messages;

    CoursePagesController(Courses courses, Themes themes, MessageSource messages) {
        this.courses = courses;
        this.themes = themes;
        this.messages = messages;
    }

    @GetMapping("/courses")
    String courses(@RequestParam(defaultValue = "false") boolean includeArchived, Model model) {
        model.addAttribute("courses", courses.courses(includeArchived));
        model.addAttribute("includeArchived", includeArchived);
        model.addAttribute("providers", courses.providers().stream()
            .collect(Collectors.toMap(TrainingProvider::id, Function.identity())));
        model.addAttribute("themes", themesByCode());
        return "course/courses";
    }

    @GetMapping("/courses/new")
    String create(@RequestParam(required = false) ProviderId provider, Model model) {
        CourseForm form = new CourseForm();
        form.setProviderId(provider);
        return form(model, form, null);
    }

    @PostMapping("/courses")
    String create(@ModelAttribute("form") CourseForm form, Principal user, Model model, RedirectAttributes redirect) {
        try {
            TrainingCourse course = courses.offerCourse(form.toDetails(), user.getName());
            redirect.addFlashAttribute("notice", message("reference.course.saved", course.title()));
            return "redirect:/courses";
        }
        catch (InvalidFieldException | ConstraintViolationException e) {
            model.addAttribute("errors", ReferenceFormErrors.of(e, messages));
            return form(model, form, null);
        }
    }

    @GetMapping("/courses/{id}")
    String edit(@PathVariable CourseId id, Model model) {
        TrainingCourse course = courses.requireCourse(id);
        return form(model, CourseForm.of(course), course);
    }

    @PostMapping("/courses/{id}")
    String save(@PathVariable CourseId id, @ModelAttribute("form") CourseForm form, Principal user, Model model,
            RedirectAttributes redirect) {
        TrainingCourse course = courses.requireCourse(id);
        try {
            courses.reviseCourse(id, form.toDetails(), user.getName());
            redirect.addFlashAttribute("notice", message("reference.course.saved", form.getTitle()));
            return "redirect:/courses";
        }
        catch (InvalidFieldException | ConstraintViolationException e) {
            model.addAttribute("errors", ReferenceFormErrors.of(e, messages));
            return form(model, form, course);
        }
    }

    @PostMapping("/courses/{id}/archive")
    String archive(@PathVariable CourseId id, Principal user, RedirectAttributes redirect) {
        TrainingCourse course = courses.archiveCourse(id, user.getName());
        redirect.addFlashAttribute("notice", message("reference.course.archived", course.title()));
        return "redirect:/courses";
    }

    @PostMapping("/courses/{id}/restore")
    String restore(@PathVariable CourseId id, Principal user, RedirectAttributes redirect) {
        TrainingCourse course = courses.restoreCourse(id, user.getName());
        redirect.addFlashAttribute("notice", message("reference.course.restored", course.title()));
        return "redirect:/courses?includeArchived=true";
    }

    private String form(Model model, CourseForm form, TrainingCourse course) {
        model.addAttribute("form", form);
        model.addAttribute("course", course);
        model.addAttribute("themes", themes.all());
        model.addAttribute("skillTypes", SkillType.values());
        model.addAttribute("deliveries", Delivery.values());
        // providers on offer, and the course's own provider even when it has been archived since
        model.addAttribute("providers", Stream.concat(courses.providers(false).stream(),
                course == null ? Stream.empty() : courses.provider(course.providerId()).filter(TrainingProvider::archived).stream())
            .toList());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "course/course-form";
    }

    private Map<String, Theme> themesByCode() {
        return themes.all().stream().collect(Collectors.toMap(Theme::code, Function.identity()));
    }

    @ExceptionHandler
    String conflict(StateConflictException e, HttpServletRequest request) {
        return ReferenceFormErrors.redirectWithConflict(request, messages, "/courses?includeArchived=true");
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}

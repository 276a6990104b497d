package id.cerita.theme.web;

import java.security.Principal;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.cerita.common.InvalidFieldException;
import id.cerita.theme.Theme;
import id.cerita.theme.Themes;
import id.cerita.web.ReferenceFormErrors;

/** The administrators' theme page: the taxonomy as a tree, and a form to add a theme or a narrower one. */
@Controller
class ThemePagesController {

    private final Themes themes;
    private final MessageSource messages;

    ThemePagesController(Themes themes, MessageSource messages) {
        this.themes = themes;
        this.messages = messages;
    }

    @GetMapping("/admin/themes")
    String themes(Model model) {
        return page(model, new ThemeForm());
    }

    @PostMapping("/admin/themes")
    String add(@ModelAttribute("form") ThemeForm form, Principal user, Model model, RedirectAttributes redirect) {
        try {
            Theme added = themes.add(form.toNewTheme(), user.getName());
            redirect.addFlashAttribute("notice", messages.getMessage("reference.theme.saved",
                    new Object[] { added.name(LocaleContextHolder.getLocale()) }, LocaleContextHolder.getLocale()));
            return "redirect:/admin/themes";
        }
        catch (InvalidFieldException | ConstraintViolationException e) {
            model.addAttribute("errors", ReferenceFormErrors.of(e, messages));
            return page(model, form);
        }
    }

    private String page(Model model, ThemeForm form) {
        model.addAttribute("form", form);
        model.addAttribute("themes", themes.all());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "theme/admin";
    }
}

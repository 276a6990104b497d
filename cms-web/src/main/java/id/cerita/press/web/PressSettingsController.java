package id.cerita.press.web;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.cerita.press.PressSettingsStore;

/** The admin page where the boilerplate, the media contact and the terms printed in every press kit are edited. */
@Controller
@PreAuthorize("@capability.granted(authentication, 'ADMINISTER')")
class PressSettingsController {

    private final PressSettingsStore settings;

    PressSettingsController(PressSettingsStore settings) {
        this.settings = settings;
    }

    @GetMapping("/admin/press-settings")
    String edit(Model model) {
        model.addAttribute("form", PressSettingsForm.of(settings.current()));
        return "press/settings";
    }

    @PostMapping("/admin/press-settings")
    String save(@Valid @ModelAttribute("form") PressSettingsForm form, BindingResult errors, Authentication authentication,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return "press/settings";
        }
        settings.update(form.toSettings(), authentication.getName());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/press-settings";
    }
}

package id.cerita.user.web;

import java.security.Principal;
import java.util.Locale;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.cerita.common.InvalidFieldException;
import id.cerita.user.SecondFactorSetup;
import id.cerita.user.SecondFactors;
import id.cerita.web.QrCodeSvg;

/**
 * Your second factor from /profile: set it up (a QR code and the secret as text, confirmed with a first code; the
 * recovery codes are then shown once, back on the profile) or turn it off with a current code. The secret offered
 * waits in the session until it is confirmed.
 */
@Controller
class SecondFactorProfileController {

    private static final String OFFERED = SecondFactorProfileController.class.getName() + ".offered";

    private final SecondFactors secondFactors;
    private final LocalizedErrors errors;

    SecondFactorProfileController(SecondFactors secondFactors, LocalizedErrors errors) {
        this.secondFactors = secondFactors;
        this.errors = errors;
    }

    @GetMapping("/profile/second-factor")
    String setUpPage(Principal principal, HttpSession session, Model model) {
        if (secondFactors.enabled(principal.getName())) {
            return "redirect:/profile#second-factor";
        }
        SecondFactorSetup setup = offered(principal.getName(), session);
        model.addAttribute("setup", setup);
        model.addAttribute("qr", QrCodeSvg.dataUrl(setup.otpauthUri()));
        model.addAttribute("action", "/profile/second-factor");
        model.addAttribute("forced", false);
        return "accounts/second-factor-setup";
    }

    @PostMapping("/profile/second-factor")
    String confirm(@RequestParam(defaultValue = "") String code, Principal principal, HttpSession session,
            Model model, RedirectAttributes redirect) {
        try {
            var recoveryCodes = secondFactors.confirm(offered(principal.getName(), session), code);
            session.removeAttribute(OFFERED);
            redirect.addFlashAttribute("recoveryCodes", recoveryCodes);
            redirect.addFlashAttribute("done", "totp.enabled");
            return "redirect:/profile#second-factor";
        }
        catch (InvalidFieldException e) {
            model.addAttribute("wrongCode", true);
            return setUpPage(principal, session, model);
        }
    }

    @PostMapping("/profile/second-factor/disable")
    String disable(@RequestParam(defaultValue = "") String code, Principal principal, Locale locale,
            RedirectAttributes redirect) {
        try {
            secondFactors.disable(principal.getName(), code);
            redirect.addFlashAttribute("done", "totp.disabled");
        }
        catch (InvalidFieldException e) {
            redirect.addFlashAttribute("secondFactorErrors", errors.of(e, locale));
        }
        return "redirect:/profile#second-factor";
    }

    private SecondFactorSetup offered(String username, HttpSession session) {
        if (session.getAttribute(OFFERED) instanceof SecondFactorSetup setup && setup.username().equals(username)) {
            return setup;
        }
        SecondFactorSetup fresh = secondFactors.offer(username);
        session.setAttribute(OFFERED, fresh);
        return fresh;
    }
}

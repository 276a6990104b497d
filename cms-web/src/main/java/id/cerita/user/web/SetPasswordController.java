package id.cerita.user.web;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.cerita.common.InvalidFieldException;
import id.cerita.user.PasswordLinkState;
import id.cerita.user.PasswordLinks;
import id.cerita.user.PasswordPolicy;

/**
 * /set-password/{token}: the page a one-time link opens, no sign-in needed. A used, expired or unknown link says so
 * (410 Gone / 404) instead of showing the form.
 */
@Controller
class SetPasswordController {

    private final PasswordLinks links;
    private final PasswordPolicy policy;
    private final LocalizedErrors errors;

    SetPasswordController(PasswordLinks links, PasswordPolicy policy, LocalizedErrors errors) {
        this.links = links;
        this.policy = policy;
        this.errors = errors;
    }

    @GetMapping("/set-password/{token}")
    String form(@PathVariable String token, Model model, jakarta.servlet.http.HttpServletResponse response) {
        PasswordLinkState state = links.state(token);
        model.addAttribute("state", state);
        model.addAttribute("token", token);
        model.addAttribute("minLength", policy.minLength());
        links.account(token).ifPresent(u -> model.addAttribute("account", u));
        status(state, response);
        return "accounts/set-password";
    }

    @PostMapping("/set-password/{token}")
    String set(@PathVariable String token, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String repeated, Locale locale, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        try {
            links.setPassword(token, password, repeated);
            return "redirect:/login?password-set";
        }
        catch (InvalidFieldException e) {
            PasswordLinkState state = links.state(token);
            model.addAttribute("state", state);
            model.addAttribute("token", token);
            model.addAttribute("minLength", policy.minLength());
            links.account(token).ifPresent(u -> model.addAttribute("account", u));
            model.addAttribute("errors", errors.of(e, locale));
            response.setStatus(state == PasswordLinkState.VALID ? 422 : 410);
            return "accounts/set-password";
        }
    }

    private static void status(PasswordLinkState state, jakarta.servlet.http.HttpServletResponse response) {
        switch (state) {
            case VALID -> response.setStatus(200);
            case USED, EXPIRED -> response.setStatus(410);
            case UNKNOWN -> response.setStatus(404);
        }
    }
}

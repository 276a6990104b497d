package id.cerita.user.web;

import java.security.Principal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.cerita.common.InvalidFieldException;
import id.cerita.user.ApiTokens;
import id.cerita.user.IssuedToken;
import id.cerita.user.SecondFactors;
import id.cerita.user.StaffUser;
import id.cerita.user.StaffUsers;
import id.cerita.user.TokenScope;

/**
 * /profile: your display name (the byline), preferred language, password, second factor and your own API tokens. A new token's
 * secret is shown once, on the page the creation leads to.
 */
@Controller
class ProfileController {

    private final StaffUsers users;
    private final ApiTokens tokens;
    private final LocalizedErrors errors;
    private final LocaleResolver locales;
    private final SecondFactors secondFactors;
    private final java.time.Clock clock;

    ProfileController(StaffUsers users, ApiTokens tokens, LocalizedErrors errors, LocaleResolver locales,
            SecondFactors secondFactors, java.time.Clock clock) {
        this.users = users;
        this.secondFactors = secondFactors;
        this.tokens = tokens;
        this.errors = errors;
        this.locales = locales;
        this.clock = clock;
    }

    @GetMapping("/profile")
    String page(Principal principal, Model model) {
        StaffUser account = users.require(principal.getName());
        model.addAttribute("account", account);
        model.addAttribute("secondFactorOn", secondFactors.enabled(account.username()));
        model.addAttribute("secondFactorRequired", secondFactors.required(account));
        model.addAttribute("recoveryCodesLeft", secondFactors.recoveryCodesLeft(account.username()));
        model.addAttribute("tokens", tokens.of(principal.getName()));
        model.addAttribute("scopes", TokenScope.values());
        model.addAttribute("maxDays", tokens.maxLifetime().toDays());
        model.addAttribute("now", clock.instant());
        return "accounts/profile";
    }

    @PostMapping("/profile")
    String describe(@RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String language, Principal principal, Locale locale,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            StaffUser user = users.describe(principal.getName(), displayName, language);
            if (user.preferredLanguage() != null) {
                locales.setLocale(request, response, "en".equals(user.preferredLanguage())
                        ? Locale.forLanguageTag("en-GB") : Locale.forLanguageTag("id-ID"));
            }
            redirect.addFlashAttribute("done", "accounts.profile.saved");
        }
        catch (InvalidFieldException e) {
            redirect.addFlashAttribute("profileErrors", errors.of(e, locale));
        }
        return "redirect:/profile";
    }

    @PostMapping("/profile/password")
    String password(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String repeated, Principal principal, Locale locale,
            RedirectAttributes redirect) {
        try {
            users.changeOwnPassword(principal.getName(), current, password, repeated);
            redirect.addFlashAttribute("done", "accounts.profile.passwordChanged");
        }
        catch (InvalidFieldException e) {
            redirect.addFlashAttribute("passwordErrors", errors.of(e, locale));
        }
        return "redirect:/profile#password";
    }

    @PostMapping("/profile/tokens")
    String issue(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "30") int days,
            @RequestParam(required = false) Set<TokenScope> scopes, Principal principal, Locale locale,
            RedirectAttributes redirect) {
        try {
            IssuedToken issued = tokens.issue(principal.getName(), name, Duration.ofDays(days),
                    scopes == null ? EnumSet.noneOf(TokenScope.class) : scopes, principal.getName());
            redirect.addFlashAttribute("secret", issued.secret());
            redirect.addFlashAttribute("done", "accounts.tokens.issued");
            return "redirect:/profile#new-token";
        }
        catch (InvalidFieldException e) {
            redirect.addFlashAttribute("tokenErrors", errors.of(e, locale));
            return "redirect:/profile#tokens";
        }
    }

    @PostMapping("/profile/tokens/{tokenId}/revoke")
    String revoke(@PathVariable UUID tokenId, Principal principal, RedirectAttributes redirect) {
        tokens.revoke(tokenId, principal.getName());
        redirect.addFlashAttribute("done", "accounts.tokens.revoked");
        return "redirect:/profile#tokens";
    }
}

package id.cerita.user.web;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import id.cerita.common.InvalidFieldException;
import id.cerita.user.AccountRequests;
import id.cerita.user.IssuedPasswordLink;
import id.cerita.user.PasswordLinks;
import id.cerita.user.Role;
import id.cerita.user.SecondFactors;
import id.cerita.user.StaffUsers;

/**
 * /admin/users: every account with its roles and state, opening accounts, changing roles, disabling, starting a
 * password reset, and the journalists' pending account requests. A set-password link is shown once, on the page
 * the action leads to (a flash attribute, never stored).
 */
@Controller
class AdminUsersController {

    private final StaffUsers users;
    private final AccountRequests requests;
    private final PasswordLinks links;
    private final SecondFactors secondFactors;
    private final LocalizedErrors errors;

    AdminUsersController(StaffUsers users, AccountRequests requests, PasswordLinks links, SecondFactors secondFactors,
            LocalizedErrors errors) {
        this.users = users;
        this.secondFactors = secondFactors;
        this.requests = requests;
        this.links = links;
        this.errors = errors;
    }

    @GetMapping("/admin/users")
    String page(Model model) {
        model.addAttribute("accounts", users.everyone());
        model.addAttribute("requests", requests.pending());
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("withSecondFactor", secondFactors.usernames());
        return "accounts/users";
    }

    @PostMapping("/admin/users")
    String open(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
            @RequestParam(required = false) Set<Role> roles, Locale locale, RedirectAttributes redirect) {
        try {
            IssuedPasswordLink link = users.open(username.strip(), displayName, roles == null ? Set.of() : roles).link();
            return shown(link, "accounts.users.opened", redirect);
        }
        catch (InvalidFieldException e) {
            redirect.addFlashAttribute("createErrors", errors.of(e, locale));
            redirect.addFlashAttribute("draft", new Draft(username, displayName, roles == null ? Set.of() : roles));
            return "redirect:/admin/users#open-account";
        }
    }

    record Draft(String username, String displayName, Set<Role> roles) implements java.io.Serializable {
    }

    @PostMapping("/admin/users/{username}/roles")
    String roles(@PathVariable String username, @RequestParam(required = false) Set<Role> roles, Locale locale,
            RedirectAttributes redirect) {
        return act(() -> users.changeRoles(username, roles == null ? EnumSet.noneOf(Role.class) : roles),
                "accounts.users.rolesChanged", username, locale, redirect);
    }

    @PostMapping("/admin/users/{username}/disable")
    String disable(@PathVariable String username, Locale locale, RedirectAttributes redirect) {
        return act(() -> users.disable(username), "accounts.users.disabled", username, locale, redirect);
    }

    @PostMapping("/admin/users/{username}/enable")
    String enable(@PathVariable String username, Locale locale, RedirectAttributes redirect) {
        return act(() -> users.enable(username), "accounts.users.enabled", username, locale, redirect);
    }

    @PostMapping("/admin/users/{username}/password-reset")
    String reset(@PathVariable String username, RedirectAttributes redirect) {
        return shown(links.reset(username), "accounts.users.resetIssued", redirect);
    }

    /** A lost phone: the account signs in with its password again (and sets a new factor up if its role requires). */
    @PostMapping("/admin/users/{username}/second-factor/reset")
    String resetSecondFactor(@PathVariable String username, Locale locale, RedirectAttributes redirect) {
        return act(() -> secondFactors.reset(username), "totp.reset", username, locale, redirect);
    }

    @PostMapping("/admin/account-requests/{id}/approve")
    String approve(@PathVariable UUID id, @RequestParam(defaultValue = "") String username, Locale locale,
            RedirectAttributes redirect) {
        try {
            return shown(requests.approve(id, username.strip()).link(), "accounts.requests.approved", redirect);
        }
        catch (InvalidFieldException e) {
            redirect.addFlashAttribute("problem", errors.message(e, locale));
            return "redirect:/admin/users#requests";
        }
    }

    @PostMapping("/admin/account-requests/{id}/decline")
    String decline(@PathVariable UUID id, RedirectAttributes redirect) {
        requests.decline(id);
        redirect.addFlashAttribute("done", "accounts.requests.declined");
        return "redirect:/admin/users#requests";
    }

    private String act(Runnable action, String done, String username, Locale locale, RedirectAttributes redirect) {
        try {
            action.run();
            redirect.addFlashAttribute("done", done);
            redirect.addFlashAttribute("doneFor", username);
        }
        catch (InvalidFieldException e) {
            redirect.addFlashAttribute("problem", errors.message(e, locale));
        }
        return "redirect:/admin/users";
    }

    private static String shown(IssuedPasswordLink link, String done, RedirectAttributes redirect) {
        redirect.addFlashAttribute("done", done);
        redirect.addFlashAttribute("doneFor", link.username());
        redirect.addFlashAttribute("issuedLink",
                ServletUriComponentsBuilder.fromCurrentContextPath().path(link.path()).toUriString());
        redirect.addFlashAttribute("issuedUntil", link.expiresAt());
        return "redirect:/admin/users#issued-link";
    }
}

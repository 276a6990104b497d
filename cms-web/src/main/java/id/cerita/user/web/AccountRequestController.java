package id.cerita.user.web;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import id.cerita.common.InvalidFieldException;
import id.cerita.user.AccountRequests;

/** /account-request: a journalist asks for an account (no sign-in); administrators decide on /admin/users. */
@Controller
class AccountRequestController {

    private final AccountRequests requests;
    private final LocalizedErrors errors;

    AccountRequestController(AccountRequests requests, LocalizedErrors errors) {
        this.requests = requests;
        this.errors = errors;
    }

    record AskForAccount(String name, String outlet, String email, String reason) {
    }

    @GetMapping("/account-request")
    String form(Model model) {
        model.addAttribute("form", new AskForAccount("", "", "", ""));
        return "accounts/request";
    }

    @PostMapping("/account-request")
    String submit(@ModelAttribute("form") AskForAccount form, Locale locale, Model model) {
        try {
            requests.submit(form.name(), form.outlet(), form.email(), form.reason());
            model.addAttribute("sent", true);
        }
        catch (InvalidFieldException e) {
            model.addAttribute("errors", errors.of(e, locale));
        }
        return "accounts/request";
    }
}

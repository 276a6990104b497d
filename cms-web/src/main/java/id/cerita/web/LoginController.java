package id.cerita.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff sign-in page; Spring Security handles the POST and the sign-out. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(HttpServletRequest request) {
        // halfway through signing in (password right, code to come), any page that asks for sign-in leads here:
        // back to the code, not the password again (the code page has the way out, "Keluar")
        return PendingSignIn.stage(request) == null ? "login" : "redirect:" + SecondFactorLoginController.CODE_PAGE;
    }
}

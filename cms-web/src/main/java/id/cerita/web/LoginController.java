package id.cerita.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff sign-in page; Spring Security handles the POST and the sign-out. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}

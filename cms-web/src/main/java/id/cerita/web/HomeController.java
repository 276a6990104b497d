package id.cerita.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The address people type and the one the README gives. Signing in from it used to land a journalist on a 403 (the
 * root was the newsroom's story list); now every role goes to its own home: the press room or the dashboard.
 */
@Controller
class HomeController {

    @GetMapping("/")
    String home(Authentication user) {
        return "redirect:" + Capabilities.home(user);
    }
}

package id.cerita.alert.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.cerita.alert.MailBounces;
import id.cerita.alert.MailOutbox;

/** What Cerita mailed, newest first, for editors and admins: who got which alert, and what failed. */
@Controller
@PreAuthorize("@capability.granted(authentication, 'EXPORT_SITE')")
class MailOutboxController {

    private final MailOutbox outbox;
    private final MailBounces bounces;

    MailOutboxController(MailOutbox outbox, MailBounces bounces) {
        this.outbox = outbox;
        this.bounces = bounces;
    }

    @GetMapping("/mail/outbox")
    String outbox(Model model) {
        model.addAttribute("mails", outbox.latest(100));
        model.addAttribute("bounces", bounces.latest(50));
        return "alert/outbox";
    }
}

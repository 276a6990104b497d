package id.cerita.ops;

import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The administrators' view of what operations watch, in their language: this instance, the readiness checks, the
 * scheduled jobs across instances and the signed-in sessions; the same as JSON for scripts.
 */
@Controller
@PreAuthorize("@capability.granted(authentication, 'ADMINISTER')")
class SystemStatusController {

    private final SystemStatusReader status;

    SystemStatusController(SystemStatusReader status) {
        this.status = status;
    }

    @GetMapping("/admin/system")
    String page(Model model, Locale locale) {
        model.addAttribute("status", status.read(locale));
        return "ops/system";
    }

    @GetMapping(path = "/api/admin/system", produces = "application/json")
    @ResponseBody
    SystemStatus api(Locale locale) {
        return status.read(locale);
    }
}

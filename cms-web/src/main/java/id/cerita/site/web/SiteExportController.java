package id.cerita.site.web;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.cerita.site.SiteExportProgress;
import id.cerita.site.SiteExports;

/** The editor's page for the public site: start a full export and watch its progress (polled by site-export.js). */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
class SiteExportController {

    private final SiteExports exports;

    SiteExportController(SiteExports exports) {
        this.exports = exports;
    }

    @GetMapping("/site")
    String page(Model model) {
        model.addAttribute("progress", exports.progress());
        return "site/export";
    }

    @GetMapping(path = "/site/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    SiteExportProgress progress() {
        return exports.progress();
    }

    @PostMapping("/site/exports")
    String start(RedirectAttributes redirect) {
        exports.start();
        redirect.addFlashAttribute("notice", "Ekspor dimulai.");
        return "redirect:/site";
    }
}

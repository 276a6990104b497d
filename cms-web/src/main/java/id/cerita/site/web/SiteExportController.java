package id.cerita.site.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.cerita.audit.AuditLog;
import id.cerita.site.SiteExportProgress;
import id.cerita.site.SitePreviews;
import id.cerita.site.SiteExports;

/** The editor's page for the public site: start a full export and watch its progress (polled by site-export.js). */
@Controller
@PreAuthorize("@capability.granted(authentication, 'EXPORT_SITE')")
class SiteExportController {

    private final SiteExports exports;
    private final SitePreviews previews;
    private final AuditLog audit;
    private final MessageSource messages;

    SiteExportController(SiteExports exports, SitePreviews previews, AuditLog audit, MessageSource messages) {
        this.exports = exports;
        this.previews = previews;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/site")
    String page(Model model) {
        model.addAttribute("progress", exports.progress());
        model.addAttribute("previews", previews.available());
        return "site/export";
    }

    @GetMapping(path = "/site/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    SiteExportProgress progress() {
        return exports.progress();
    }

    /** The builds staff may open, for the page's links once an export finishes. */
    @GetMapping(path = "/site/previews", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    SitePreviews.Available previews() {
        return previews.available();
    }

    @PostMapping("/site/exports")
    String start(Authentication user, Locale locale, RedirectAttributes redirect) {
        exports.start();
        audit.append(user.getName(), "site.export-started", "site", "site", null);
        redirect.addFlashAttribute("notice", messages.getMessage("admin.site.exportStarted", null, locale));
        return "redirect:/site";
    }
}

package id.cerita.audit.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.cerita.audit.AuditLog;
import id.cerita.audit.AuditPage;
import id.cerita.audit.AuditQuery;

/** The audit log for administrators, filtered by action, person, subject and days (Jakarta time). */
@Controller
class AuditPageController {

    static final java.time.ZoneId JAKARTA = java.time.ZoneId.of("Asia/Jakarta");
    static final int PAGE_SIZE = 50;

    private final AuditLog audit;

    AuditPageController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String log(@RequestParam(required = false) String action, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String subject,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, Model model) {
        AuditQuery query = new AuditQuery(action, actor, subject,
                from == null ? null : from.atStartOfDay(JAKARTA).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(JAKARTA).toInstant());
        AuditPage result = audit.search(query, page, PAGE_SIZE);
        model.addAttribute("result", result);
        model.addAttribute("rows", result.entries().stream().map(AuditRow::of).toList());
        model.addAttribute("actions", audit.actions());
        model.addAttribute("action", action);
        model.addAttribute("actor", actor);
        model.addAttribute("subject", subject);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "audit/index";
    }
}

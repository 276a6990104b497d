package id.cerita.audit.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.cerita.audit.AuditEntry;
import id.cerita.audit.AuditLog;
import id.cerita.audit.AuditPage;
import id.cerita.audit.AuditQuery;
import id.cerita.common.ProgrammeZone;

/**
 * The audit log for administrators, filtered by action, person, story and days (Jakarta time); actions in words and
 * stories by title, linked.
 */
@Controller
class AuditPageController {

    static final java.time.ZoneId JAKARTA = ProgrammeZone.ID;
    static final int PAGE_SIZE = 50;

    private final AuditLog audit;
    private final MessageSource messages;

    AuditPageController(AuditLog audit, MessageSource messages) {
        this.audit = audit;
        this.messages = messages;
    }

    /** One choice of the action filter: the code sent, the words shown. */
    record ActionChoice(String code, String label) {
    }

    @GetMapping("/admin/audit")
    String log(@RequestParam(required = false) String action, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String subject,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        if (from != null && to != null && from.isAfter(to)) {
            LocalDate earlier = to;
            to = from;
            from = earlier;
        }
        AuditQuery query = new AuditQuery(action, actor, subject,
                from == null ? null : from.atStartOfDay(JAKARTA).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(JAKARTA).toInstant());
        AuditPage result = audit.search(query, page, PAGE_SIZE);
        Map<String, String> titles = audit.storyTitles(result.entries().stream()
            .filter(e -> "story".equals(e.subjectType())).map(AuditEntry::subjectId).toList());
        model.addAttribute("result", result);
        model.addAttribute("rows", result.entries().stream().map(e -> AuditRow.of(e, titles, messages, locale)).toList());
        List<ActionChoice> actions = audit.actions().stream()
            .map(code -> new ActionChoice(code, messages.getMessage("audit.action." + code, null, code, locale)))
            .sorted(Comparator.comparing(ActionChoice::label, String.CASE_INSENSITIVE_ORDER)).toList();
        model.addAttribute("actions", actions);
        model.addAttribute("actors", audit.actors());
        model.addAttribute("stories", audit.stories());
        model.addAttribute("action", action);
        model.addAttribute("actor", actor);
        model.addAttribute("subject", subject);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "audit/index";
    }
}

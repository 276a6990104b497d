package id.cerita.audit.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import id.cerita.audit.AuditEntry;

/**
 * An audit entry as the administrator reads it: the time in Jakarta time, the action in words (in the page's
 * language; the code when there are no words for it yet), and a story by its title with a link to it.
 */
record AuditRow(String when, String actor, String action, String actionLabel, String subjectType, String subjectId,
        String subjectLabel, String storyId, String detail) {

    static AuditRow of(AuditEntry e, Map<String, String> titles, MessageSource messages, Locale locale) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMM yyyy HH.mm.ss", locale);
        String label = messages.getMessage("audit.action." + e.action(), null, e.action(), locale);
        String type = e.subjectType() == null ? "other" : e.subjectType();
        String typeLabel = messages.getMessage("admin.audit.subject." + type, null, type, locale);
        String title = "story".equals(type) ? titles.get(e.subjectId()) : null;
        String subject = title != null ? title
                : "story".equals(type) ? messages.getMessage("admin.audit.unknownStory", new Object[] {e.subjectId()},
                        locale)
                : "site".equals(type) ? typeLabel
                : typeLabel + " " + (e.subjectId() == null ? "" : e.subjectId());
        return new AuditRow(format.format(e.at().atZone(AuditPageController.JAKARTA)), e.actor(), e.action(), label,
                type, e.subjectId(), subject, title != null ? e.subjectId() : null, e.detail());
    }
}

package id.cerita.workflow;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.cerita.audit.AuditLog;

/**
 * A taken-over edit lock goes into the audit log, inside the transaction that took it. It lives here rather than in
 * the audit module's trail so that audit needs no workflow type: the workflow pages render stories with the site's
 * Markdown renderer, and the site's pages write to the audit log.
 */
@Component
class EditLockAudit {

    private final AuditLog log;

    EditLockAudit(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(EditLockTakenOver e) {
        log.append(e.by(), "story.lock-taken-over", "story", e.storyId().toString(), "dari " + e.from());
    }
}

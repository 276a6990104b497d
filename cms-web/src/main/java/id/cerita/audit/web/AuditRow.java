package id.cerita.audit.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import id.cerita.audit.AuditEntry;

/** An audit entry with its time written out in Jakarta time. */
record AuditRow(String when, String actor, String action, String subjectType, String subjectId, String detail) {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy HH.mm.ss",
            Locale.forLanguageTag("id-ID"));

    static AuditRow of(AuditEntry e) {
        return new AuditRow(FORMAT.format(e.at().atZone(AuditPageController.JAKARTA)), e.actor(), e.action(),
                e.subjectType(), e.subjectId(), e.detail());
    }
}

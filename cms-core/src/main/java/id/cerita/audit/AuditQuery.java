package id.cerita.audit;

import java.time.Instant;

/** Filters for the audit log; null or blank means "any". {@code to} is exclusive. */
public record AuditQuery(String action, String actor, String subjectId, Instant from, Instant to) {

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null);
    }
}

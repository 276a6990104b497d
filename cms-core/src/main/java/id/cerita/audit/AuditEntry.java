package id.cerita.audit;

import java.time.Instant;
import java.util.UUID;

/** One line of the audit log: who did what to which thing, when. */
public record AuditEntry(UUID id, Instant at, String actor, String action, String subjectType, String subjectId,
        String detail) {
}

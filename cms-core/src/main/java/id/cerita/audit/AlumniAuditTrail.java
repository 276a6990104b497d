package id.cerita.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.cerita.alumni.AlumniMerged;
import id.cerita.alumni.AlumnusRegistered;
import id.cerita.alumni.AlumnusUpdated;
import id.cerita.alumni.ConsentEvidenceOpened;

/** Changes to alumni records, merges and evidence downloads, in the audit log with the change's transaction. */
@Component
class AlumniAuditTrail {

    private final AuditLog log;

    AlumniAuditTrail(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(AlumnusRegistered e) {
        log.append(e.by(), "alumnus.registered", "alumnus", e.alumnusId().toString(), null);
    }

    @EventListener
    void on(AlumnusUpdated e) {
        log.append(e.by(), "alumnus.updated", "alumnus", e.alumnusId().toString(), null);
    }

    @EventListener
    void on(AlumniMerged e) {
        log.append(e.by(), "alumnus.merged", "alumnus", e.survivorId().toString(), "digabung dari " + e.mergedId());
    }

    @EventListener
    void on(ConsentEvidenceOpened e) {
        log.append(e.by(), "consent.evidence-downloaded", "alumnus", e.alumnusId().toString(),
                "bukti persetujuan " + e.consentId());
    }
}

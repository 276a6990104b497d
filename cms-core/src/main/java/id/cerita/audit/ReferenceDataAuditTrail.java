package id.cerita.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.cerita.course.CourseEvent;
import id.cerita.gathering.GatheringEvent;
import id.cerita.theme.ThemeAdded;

/** Writes every change to courses, providers, gatherings and themes into the audit log, in the same transaction. */
@Component
class ReferenceDataAuditTrail {

    private final AuditLog log;

    ReferenceDataAuditTrail(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(CourseEvent event) {
        String id = event.id().toString();
        switch (event) {
            case CourseEvent.ProviderRegistered e -> log.append(e.by(), "provider.registered", "provider", id, e.label());
            case CourseEvent.ProviderRevised e -> log.append(e.by(), "provider.revised", "provider", id, e.label());
            case CourseEvent.ProviderArchived e -> log.append(e.by(), "provider.archived", "provider", id, e.label());
            case CourseEvent.ProviderRestored e -> log.append(e.by(), "provider.restored", "provider", id, e.label());
            case CourseEvent.CourseOffered e -> log.append(e.by(), "course.offered", "course", id, e.label());
            case CourseEvent.CourseRevised e -> log.append(e.by(), "course.revised", "course", id, e.label());
            case CourseEvent.CourseArchived e -> log.append(e.by(), "course.archived", "course", id, e.label());
            case CourseEvent.CourseRestored e -> log.append(e.by(), "course.restored", "course", id, e.label());
        }
    }

    @EventListener
    void on(GatheringEvent event) {
        String id = event.id().toString();
        switch (event) {
            case GatheringEvent.GatheringPlanned e -> log.append(e.by(), "gathering.planned", "gathering", id, e.label());
            case GatheringEvent.GatheringRevised e -> log.append(e.by(), "gathering.revised", "gathering", id, e.label());
            case GatheringEvent.GatheringArchived e -> log.append(e.by(), "gathering.archived", "gathering", id, e.label());
            case GatheringEvent.GatheringRestored e -> log.append(e.by(), "gathering.restored", "gathering", id, e.label());
        }
    }

    @EventListener
    void on(ThemeAdded e) {
        log.append(e.by(), "theme.added", "theme", e.code(), e.parentCode() == null ? null : "di bawah " + e.parentCode());
    }
}

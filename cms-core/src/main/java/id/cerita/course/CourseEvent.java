package id.cerita.course;

import id.cerita.common.CourseId;
import id.cerita.common.Identifier;
import id.cerita.common.ProviderId;

/** Something staff did to the course catalogue; the audit log records each one. */
public sealed interface CourseEvent {

    /** The provider's or the course's. */
    Identifier id();

    String by();

    /** The course title or provider name, for a reader of the log. */
    String label();

    record ProviderRegistered(ProviderId id, String by, String label) implements CourseEvent {
    }

    record ProviderRevised(ProviderId id, String by, String label) implements CourseEvent {
    }

    record ProviderArchived(ProviderId id, String by, String label) implements CourseEvent {
    }

    record ProviderRestored(ProviderId id, String by, String label) implements CourseEvent {
    }

    record CourseOffered(CourseId id, String by, String label) implements CourseEvent {
    }

    record CourseRevised(CourseId id, String by, String label) implements CourseEvent {
    }

    record CourseArchived(CourseId id, String by, String label) implements CourseEvent {
    }

    record CourseRestored(CourseId id, String by, String label) implements CourseEvent {
    }
}

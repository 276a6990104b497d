package id.cerita.course;

import java.util.UUID;

/** Something staff did to the course catalogue; the audit log records each one. */
public sealed interface CourseEvent {

    UUID id();

    String by();

    /** The course title or provider name, for a reader of the log. */
    String label();

    record ProviderRegistered(UUID id, String by, String label) implements CourseEvent {
    }

    record ProviderRevised(UUID id, String by, String label) implements CourseEvent {
    }

    record ProviderArchived(UUID id, String by, String label) implements CourseEvent {
    }

    record ProviderRestored(UUID id, String by, String label) implements CourseEvent {
    }

    record CourseOffered(UUID id, String by, String label) implements CourseEvent {
    }

    record CourseRevised(UUID id, String by, String label) implements CourseEvent {
    }

    record CourseArchived(UUID id, String by, String label) implements CourseEvent {
    }

    record CourseRestored(UUID id, String by, String label) implements CourseEvent {
    }
}

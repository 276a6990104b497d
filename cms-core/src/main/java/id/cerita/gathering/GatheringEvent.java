package id.cerita.gathering;

import java.util.UUID;

/** Something staff did to a temu alumni; the audit log records each one. */
public sealed interface GatheringEvent {

    UUID id();

    String by();

    String label();

    record GatheringPlanned(UUID id, String by, String label) implements GatheringEvent {
    }

    record GatheringRevised(UUID id, String by, String label) implements GatheringEvent {
    }

    record GatheringArchived(UUID id, String by, String label) implements GatheringEvent {
    }

    record GatheringRestored(UUID id, String by, String label) implements GatheringEvent {
    }
}

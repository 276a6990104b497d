package id.cerita.gathering;

import id.cerita.common.GatheringId;

/** Something staff did to a temu alumni; the audit log records each one. */
public sealed interface GatheringEvent {

    GatheringId id();

    String by();

    String label();

    record GatheringPlanned(GatheringId id, String by, String label) implements GatheringEvent {
    }

    record GatheringRevised(GatheringId id, String by, String label) implements GatheringEvent {
    }

    record GatheringArchived(GatheringId id, String by, String label) implements GatheringEvent {
    }

    record GatheringRestored(GatheringId id, String by, String label) implements GatheringEvent {
    }
}

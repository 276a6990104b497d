package id.cerita.story;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import id.cerita.common.InvalidFieldException;

/**
 * When an approved story is to be published, and the zone its editor chose the time in (so the page shows "09.00
 * WITA" as it was meant). Stored in the story's row as {@code scheduled_at} and {@code schedule_zone}.
 */
public record Schedule(Instant scheduledAt, String scheduleZone) {

    /** A publication time must lie ahead; whole seconds, as the form offers them. */
    static Schedule at(Instant at, ZoneId zone, Instant now) {
        if (!at.isAfter(now)) {
            throw new InvalidFieldException("publishAt", "schedule.past", "Jadwal terbit harus di masa depan");
        }
        return new Schedule(at.truncatedTo(ChronoUnit.SECONDS), zone.getId());
    }

    boolean dueAt(Instant now) {
        return !scheduledAt.isAfter(now);
    }

    public ZoneId zone() {
        return ZoneId.of(scheduleZone);
    }
}

package id.cerita.story;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import id.cerita.common.InvalidFieldException;

/** Until when a story is for staff only, whatever its publication state. Stored as {@code embargo_until}. */
public record Embargo(Instant embargoUntil) {

    /** An embargo must end in the future; whole seconds, as the form offers them. */
    static Embargo until(Instant until, Instant now) {
        if (!until.isAfter(now)) {
            throw new InvalidFieldException("embargoUntil", "embargo.past", "Embargo harus berakhir di masa depan");
        }
        return new Embargo(until.truncatedTo(ChronoUnit.SECONDS));
    }

    boolean activeAt(Instant now) {
        return embargoUntil.isAfter(now);
    }
}

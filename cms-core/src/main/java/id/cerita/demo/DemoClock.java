package id.cerita.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The application clock in demo mode: the system clock, except on the loader's own thread while it replays a demo
 * story's history, where it reads the story's recorded dates (drafted, submitted, approved, published). Other threads
 * never see a pinned time.
 */
final class DemoClock extends Clock {

    private final Clock system;
    private final ThreadLocal<Instant> pinned = new ThreadLocal<>();

    DemoClock(Clock system) {
        this.system = system;
    }

    /** Runs {@code step} with this thread's clock reading {@code at}, and returns its result. */
    <T> T at(Instant at, Supplier<T> step) {
        pinned.set(at);
        try {
            return step.get();
        }
        finally {
            pinned.remove();
        }
    }

    @Override
    public Instant instant() {
        Instant at = pinned.get();
        return at != null ? at : system.instant();
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new DemoClock(system.withZone(zone));
    }
}

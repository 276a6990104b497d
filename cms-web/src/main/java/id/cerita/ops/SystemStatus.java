package id.cerita.ops;

import java.time.Instant;
import java.util.List;

/**
 * What an administrator sees on {@code /admin/system} and gets from {@code /api/admin/system}: which instance
 * answered, whether what readiness checks is well, which scheduled job ran last where, and how many people are signed
 * in across instances (null when each instance keeps its own sessions).
 */
record SystemStatus(Instance instance, String readiness, List<Component> components, List<Job> jobs,
        Long signedIn, String siteBuild) {

    record Instance(String name, String version, Instant startedAt, String java) {
    }

    /** One readiness check: its status code (UP, DEGRADED, DOWN…) and a short note in the user's language. */
    record Component(String name, String status, String note) {

        public boolean up() {
            return "UP".equals(status);
        }
    }

    /** A scheduled job's row in the {@code shedlock} table: when it last started, where, and whether it runs now. */
    record Job(String name, Instant lastStarted, String lastInstance, boolean running) {
    }
}

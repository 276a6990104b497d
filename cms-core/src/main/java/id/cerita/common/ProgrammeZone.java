package id.cerita.common;

import java.time.ZoneId;

/**
 * The programme's time zone, Western Indonesian Time: the day a story was published, the hour a schedule or embargo
 * is written in by default, the night the jobs run. One constant rather than a setting because formatters without a
 * Spring context (the exported site, the press kit) and {@code @Scheduled} annotations need it; {@link #NAME} is the
 * annotation form. A programme elsewhere changes it here, and everything follows.
 */
public final class ProgrammeZone {

    public static final String NAME = "Asia/Jakarta";
    public static final ZoneId ID = ZoneId.of(NAME);

    private ProgrammeZone() {
    }
}

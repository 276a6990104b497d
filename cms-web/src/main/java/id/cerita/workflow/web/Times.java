package id.cerita.workflow.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as the newsroom reads them: "Rabu, 5 Juni 2024 09.00 WIB", in the zone they were chosen in. */
final class Times {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy HH.mm zzz",
            Locale.forLanguageTag("id-ID"));

    private Times() {
    }

    static String format(Instant instant, ZoneId zone) {
        return instant == null ? "" : FORMAT.format(instant.atZone(zone == null ? Zones.JAKARTA : zone));
    }
}

package id.cerita.workflow.web;

import java.time.DateTimeException;
import java.time.ZoneId;

import id.cerita.common.InvalidFieldException;
import id.cerita.common.ProgrammeZone;

/** The time zones an editor may schedule in: any IANA zone, Western Indonesian Time by default. */
final class Zones {

    static final ZoneId JAKARTA = ProgrammeZone.ID;

    private Zones() {
    }

    static ZoneId of(String zone) {
        if (zone == null || zone.isBlank()) {
            return JAKARTA;
        }
        try {
            return ZoneId.of(zone.strip());
        }
        catch (DateTimeException e) {
            throw new InvalidFieldException("zone", "zone.unknown", "Zona waktu tidak dikenal: " + zone, zone);
        }
    }
}

package id.cerita.press.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import id.cerita.story.Language;

/**
 * The first line of a press release: "UNTUK SEGERA DIPUBLIKASIKAN" / "FOR IMMEDIATE RELEASE", or the embargo with its
 * date, time and zone ("EMBARGO HINGGA Rabu, 5 Juni 2024 pukul 10.00 WIB (UTC+07:00)").
 */
public record ReleaseLine(Instant embargoedUntil, ZoneId zone, Language language) {

    public boolean embargoed() {
        return embargoedUntil != null;
    }

    public String text() {
        if (!embargoed()) {
            return language == Language.EN ? "FOR IMMEDIATE RELEASE" : "UNTUK SEGERA DIPUBLIKASIKAN";
        }
        return (language == Language.EN ? "EMBARGOED UNTIL " : "EMBARGO HINGGA ") + until();
    }

    /** The embargo end as people read it, with the zone spelled out twice: its Indonesian name and its offset. */
    public String until() {
        ZonedDateTime at = embargoedUntil.atZone(zone);
        return IndonesianDates.dateTime(at, language) + " " + IndonesianDates.zoneName(at) + " (UTC"
                + at.getOffset().getId().replace("Z", "+00:00") + ")";
    }
}

package id.cerita.press.internal;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import id.cerita.story.Language;

/** Dates and times the way each language writes them: "Rabu, 5 Juni 2024 pukul 10.00", "Wednesday, 5 June 2024, 10:00". */
final class IndonesianDates {

    private static final DateTimeFormatter DATE_ID = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy",
            Locale.forLanguageTag("id-ID"));
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy",
            Locale.forLanguageTag("en-GB"));
    private static final DateTimeFormatter TIME_ID = DateTimeFormatter.ofPattern("HH.mm");
    private static final DateTimeFormatter TIME_EN = DateTimeFormatter.ofPattern("HH:mm");

    private IndonesianDates() {
    }

    static String date(LocalDate day, Language language) {
        return (language == Language.EN ? DATE_EN : DATE_ID).format(day);
    }

    static String dateTime(ZonedDateTime at, Language language) {
        return language == Language.EN ? DATE_EN.format(at) + ", " + TIME_EN.format(at)
                : DATE_ID.format(at) + " pukul " + TIME_ID.format(at);
    }

    /** WIB, WITA or WIT for Indonesia's three zones; the region id elsewhere. */
    static String zoneName(ZonedDateTime at) {
        return switch (at.getOffset().getTotalSeconds() / 3600) {
            case 7 -> "WIB";
            case 8 -> "WITA";
            case 9 -> "WIT";
            default -> at.getZone().getId();
        };
    }
}

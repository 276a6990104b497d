package id.cerita.workflow.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;

import id.cerita.story.Language;

/**
 * Times as the newsroom reads them, in the zone they were chosen in and the page's language:
 * "Rabu, 5 Juni 2024 09.00 WIB" / "Wednesday, 5 June 2024 09:00 WIB".
 */
final class Times {

    private static final DateTimeFormatter INDONESIAN = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy HH.mm zzz",
            Locale.forLanguageTag("id-ID"));
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy HH:mm zzz",
            Locale.forLanguageTag("en-GB"));

    private Times() {
    }

    static String format(Instant instant, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        DateTimeFormatter format = Language.readerOf(locale) == Language.EN ? ENGLISH : INDONESIAN;
        return format.format(instant.atZone(zone == null ? Zones.JAKARTA : zone));
    }
}

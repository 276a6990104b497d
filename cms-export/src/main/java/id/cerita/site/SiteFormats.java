package id.cerita.site;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import id.cerita.story.Language;
import id.cerita.common.ProgrammeZone;

/**
 * How the site writes dates and money: "Rabu, 5 Juni 2024" and "Rp10.000.000" on Indonesian pages,
 * "Wednesday, 5 June 2024" and "IDR 10,000,000" on English ones. Dates are read in Western Indonesian Time.
 */
public final class SiteFormats {

    public static final ZoneId ZONE = ProgrammeZone.ID;
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter ID_DATE = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", INDONESIAN);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.UK);
    // a DecimalFormat is not thread-safe, and making one (its pattern parsed, its symbols copied) cost more than
    // formatting: an export formats an amount for every outcome of every story
    private static final ThreadLocal<DecimalFormat> ID_NUMBER = ThreadLocal.withInitial(() -> grouped(INDONESIAN));
    private static final ThreadLocal<DecimalFormat> EN_NUMBER = ThreadLocal.withInitial(() -> grouped(Locale.UK));

    private SiteFormats() {
    }

    public static LocalDate day(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    public static String date(Instant instant, Language language) {
        return date(day(instant), language);
    }

    public static String date(LocalDate date, Language language) {
        return (language == Language.EN ? EN_DATE : ID_DATE).format(date);
    }

    /**
     * ISO-8601 with offset to the second, for {@code <time datetime>}, feeds and JSON-LD (HTML allows at most three
     * fractional digits; an instant from the clock may carry six).
     */
    public static String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(ZONE));
    }

    public static String rupiah(long amount, Language language) {
        return (language == Language.EN ? "IDR " : "Rp") + number(amount, language);
    }

    public static String number(long amount, Language language) {
        return (language == Language.EN ? EN_NUMBER : ID_NUMBER).get().format(amount);
    }

    private static DecimalFormat grouped(Locale locale) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
    }
}

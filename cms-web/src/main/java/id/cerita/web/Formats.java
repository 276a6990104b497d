package id.cerita.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import id.cerita.common.ProgrammeZone;

/**
 * Dates, times and money the way Indonesian readers write them, for templates as {@code @fmt}: "Rabu, 5 Juni 2024",
 * "14.30 WIB", "Rp10.000.000". English pages get "Wednesday, 5 June 2024" and "14:30 WIB". Times are always shown in
 * Western Indonesian Time, where the programme works.
 */
@Component("fmt")
public class Formats {

    public static final ZoneId WIB = ProgrammeZone.ID;
    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    public String date(Instant instant) {
        return date(instant, locale());
    }

    public String date(LocalDate day) {
        return date(day, locale());
    }

    public String dateTime(Instant instant) {
        return dateTime(instant, locale());
    }

    public String rupiah(Number amount) {
        return rupiah(amount, locale());
    }

    public String date(Instant instant, Locale locale) {
        return instant == null ? "" : date(instant.atZone(WIB).toLocalDate(), locale);
    }

    public String date(LocalDate day, Locale locale) {
        return day == null ? "" : DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", language(locale)).format(day);
    }

    /** "Juni 2024" for {@code 2024-06}; the text as given when it is not a month. */
    public String month(String yearMonth, Locale locale) {
        try {
            return DateTimeFormatter.ofPattern("LLLL yyyy", language(locale)).format(java.time.YearMonth.parse(yearMonth));
        }
        catch (java.time.format.DateTimeParseException e) {
            return yearMonth;
        }
    }

    /** "Rabu, 5 Juni 2024 14.30 WIB". */
    public String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        Locale language = language(locale);
        String time = DateTimeFormatter.ofPattern(isIndonesian(language) ? "HH.mm" : "HH:mm", language)
            .format(instant.atZone(WIB));
        return date(instant, language) + " " + time + " WIB";
    }

    /** "Rp10.000.000" (in English "Rp10,000,000"); no decimals, Rupiah has no cents in use. */
    public String rupiah(Number amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(language(locale)));
        long value = Math.round(amount.doubleValue());
        return (value < 0 ? "-" : "") + "Rp" + format.format(Math.abs(value));
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private static Locale language(Locale locale) {
        return isIndonesian(locale) ? INDONESIAN : Locale.forLanguageTag("en-GB");
    }

    private static boolean isIndonesian(Locale locale) {
        return locale == null || !"en".equals(locale.getLanguage());
    }
}

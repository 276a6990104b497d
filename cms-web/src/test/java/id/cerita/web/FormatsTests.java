package id.cerita.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class FormatsTests {

    private static final Locale ENGLISH = Locale.forLanguageTag("en-GB");
    private final Formats fmt = new Formats();

    @Test
    void writesDatesTheIndonesianWay() {
        assertThat(fmt.date(LocalDate.of(2024, 6, 5), Formats.INDONESIAN)).isEqualTo("Rabu, 5 Juni 2024");
        assertThat(fmt.date(LocalDate.of(2024, 8, 17), Formats.INDONESIAN)).isEqualTo("Sabtu, 17 Agustus 2024");
    }

    @Test
    void writesDatesInEnglishWhenTheUserSwitched() {
        assertThat(fmt.date(LocalDate.of(2024, 6, 5), ENGLISH)).isEqualTo("Wednesday, 5 June 2024");
    }

    @Test
    void takesTheCalendarDayInJakartaNotInUtc() {
        Instant lateEveningUtc = Instant.parse("2024-06-04T20:00:00Z"); // 03.00 WIB on 5 June
        assertThat(fmt.date(lateEveningUtc, Formats.INDONESIAN)).isEqualTo("Rabu, 5 Juni 2024");
        assertThat(fmt.dateTime(lateEveningUtc, Formats.INDONESIAN)).isEqualTo("Rabu, 5 Juni 2024 03.00 WIB");
        assertThat(fmt.dateTime(Instant.parse("2024-06-05T07:30:00Z"), ENGLISH))
            .isEqualTo("Wednesday, 5 June 2024 14:30 WIB");
    }

    @Test
    void writesRupiahWithDotsAndNoDecimals() {
        assertThat(fmt.rupiah(10_000_000, Formats.INDONESIAN)).isEqualTo("Rp10.000.000");
        assertThat(fmt.rupiah(1_500, Formats.INDONESIAN)).isEqualTo("Rp1.500");
        assertThat(fmt.rupiah(0, Formats.INDONESIAN)).isEqualTo("Rp0");
        assertThat(fmt.rupiah(-250_000L, Formats.INDONESIAN)).isEqualTo("-Rp250.000");
        assertThat(fmt.rupiah(10_000_000, ENGLISH)).isEqualTo("Rp10,000,000");
    }

    @Test
    void followsTheLocaleOfTheCurrentRequest() {
        try {
            LocaleContextHolder.setLocale(ENGLISH);
            assertThat(fmt.date(LocalDate.of(2024, 6, 5))).isEqualTo("Wednesday, 5 June 2024");
            LocaleContextHolder.setLocale(Formats.INDONESIAN);
            assertThat(fmt.date(LocalDate.of(2024, 6, 5))).isEqualTo("Rabu, 5 Juni 2024");
            assertThat(fmt.rupiah(10_000_000)).isEqualTo("Rp10.000.000");
        }
        finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void showsNothingForMissingValues() {
        assertThat(fmt.date((Instant) null, Formats.INDONESIAN)).isEmpty();
        assertThat(fmt.rupiah(null, Formats.INDONESIAN)).isEmpty();
    }
}

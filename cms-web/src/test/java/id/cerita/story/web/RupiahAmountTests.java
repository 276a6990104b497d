package id.cerita.story.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import id.cerita.web.Formats;

class RupiahAmountTests {

    @Test
    void readsAmountsTheWayIndonesiansTypeThem() {
        assertThat(RupiahAmount.parse("Rp12.500.000")).isEqualTo(12_500_000L);
        assertThat(RupiahAmount.parse("12.500.000")).isEqualTo(12_500_000L);
        assertThat(RupiahAmount.parse("12,5 juta")).isEqualTo(12_500_000L);
        assertThat(RupiahAmount.parse("Rp 500 ribu")).isEqualTo(500_000L);
        assertThat(RupiahAmount.parse("1,2 miliar")).isEqualTo(1_200_000_000L);
        assertThat(RupiahAmount.parse("12500000")).isEqualTo(12_500_000L);
        assertThat(RupiahAmount.parse("  ")).isNull();
    }

    @Test
    void refusesWhatIsNotAnAmount() {
        assertThatThrownBy(() -> RupiahAmount.parse("dua belas juta")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RupiahAmount.parse("12.50.0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void showsTheAmountFormattedInThePagesLanguage() {
        RupiahAmount.Editor editor = new RupiahAmount.Editor(new Formats());
        editor.setAsText("12,5 juta");
        LocaleContextHolder.setLocale(Formats.INDONESIAN);
        assertThat(editor.getAsText()).isEqualTo("Rp12.500.000");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("en-GB"));
        assertThat(editor.getAsText()).isEqualTo("Rp12,500,000");
        LocaleContextHolder.resetLocaleContext();
    }
}

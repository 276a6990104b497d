package id.cerita.story.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import id.cerita.story.Language;
import id.cerita.story.StoryContent;

/** Field problems name the label the writer sees, the limit and the current length. */
class FormErrorsTests {

    private final FormErrors errors = new FormErrors(messages());

    @Test
    void namesTheLabelTheLimitAndTheLengthOfATooLongTitle() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("id-ID"));
        Map<String, String> shown = errors.of(violations("x".repeat(250)), null);
        assertThat(shown.get("title")).isEqualTo("Judul: paling banyak 200 karakter, sekarang 250 karakter.");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("en-GB"));
        assertThat(errors.of(violations("x".repeat(250)), null).get("title"))
            .isEqualTo("Title: at most 200 characters, now 250 characters.");
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void namesARowFieldByItsLabelAndRow() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("id-ID"));
        assertThat(errors.label("outcomes[1].description")).isEqualTo("Keterangan (hasil 2)");
        assertThat(errors.label("regionCode")).isEqualTo("Kabupaten/kota");
        LocaleContextHolder.resetLocaleContext();
    }

    private static ConstraintViolationException violations(String title) {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        StoryContent content = new StoryContent(Language.ID, title, null, "Ringkasan", "Isi", null, "75.71", null,
                Set.of(), Set.of(), List.of(), List.of(), List.of());
        return new ConstraintViolationException(validator.validate(content));
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/messages", "i18n/review");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}

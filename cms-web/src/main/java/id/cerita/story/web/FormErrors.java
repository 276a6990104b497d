package id.cerita.story.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import id.cerita.common.InvalidFieldException;
import id.cerita.web.FieldErrors;

/**
 * The editor's field problems as the writer reads them: named by the label on the form ("Judul", "Keterangan
 * (hasil 2)"), with the limit and the current length when a text is too long. Keyed by field path for the form.
 */
@Component
class FormErrors {

    private static final Pattern ROW = Pattern.compile("(quotes|outcomes|sources)\\[(\\d+)]\\.(\\w+)");
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("title", "editor.title"),
            Map.entry("slug", "editor.slug"), Map.entry("summary", "editor.summary"), Map.entry("body", "editor.body"),
            Map.entry("language", "editor.language"), Map.entry("alumnusId", "editor.alumnus"),
            Map.entry("regionCode", "editor.regency"), Map.entry("gatheringId", "editor.gathering"),
            Map.entry("courseIds", "editor.courses"), Map.entry("themeCodes", "editor.themes"),
            Map.entry("photo", "story.photo.file"),
            Map.entry("quotes.text", "editor.quote.text"), Map.entry("quotes.speaker", "editor.quote.speaker"),
            Map.entry("quotes.speakerRole", "editor.quote.role"), Map.entry("outcomes.kind", "editor.outcome.kind"),
            Map.entry("outcomes.description", "editor.outcome.description"),
            Map.entry("outcomes.amount", "editor.outcome.amount"), Map.entry("outcomes.baseline", "editor.outcome.baseline"),
            Map.entry("outcomes.formerly", "editor.outcome.formerly"), Map.entry("outcomes.source", "editor.outcome.source"),
            Map.entry("sources.outlet", "editor.source.outlet"), Map.entry("sources.title", "editor.source.title"),
            Map.entry("sources.url", "editor.source.url"), Map.entry("sources.publishedOn", "editor.source.date"));

    private final MessageSource messages;

    FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    Map<String, String> of(RuntimeException e, StoryForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (e instanceof InvalidFieldException invalid) {
            errors.put(invalid.field(), label(invalid.field()) + ": " + message(invalid));
        }
        else if (e instanceof ConstraintViolationException violations) {
            for (ConstraintViolation<?> v : violations.getConstraintViolations()) {
                String field = FieldErrors.leaf(v.getPropertyPath().toString());
                errors.merge(field, describe(field, v), (a, b) -> a + "; " + b);
            }
        }
        return errors;
    }

    /** Values that could not even be read, like letters in an amount. */
    Map<String, String> unreadable(BindingResult binding) {
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(e -> errors.put(e.getField(), text("story.error.unreadable",
                label(e.getField()), String.valueOf(e.getRejectedValue()))));
        return errors;
    }

    String describe(String field, ConstraintViolation<?> v) {
        Object annotation = v.getConstraintDescriptor().getAnnotation();
        if (annotation instanceof Size size && v.getInvalidValue() instanceof CharSequence text) {
            return text(text.length() > size.max() ? "story.error.tooLong" : "story.error.tooShort", label(field),
                    size.max(), text.length(), size.min());
        }
        return label(field) + ": " + v.getMessage();
    }

    String label(String field) {
        Matcher row = ROW.matcher(field);
        if (row.matches()) {
            String key = LABELS.get(row.group(1) + "." + row.group(3));
            String name = key == null ? row.group(3) : text(key);
            return text("story.error.rowLabel", name, text("story.error.row." + row.group(1)),
                    Integer.parseInt(row.group(2)) + 1);
        }
        String key = LABELS.get(field);
        return key == null ? field : text(key);
    }

    private String message(InvalidFieldException e) {
        return messages.getMessage(e, LocaleContextHolder.getLocale());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}

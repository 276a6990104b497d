package id.cerita.alumni.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import id.cerita.common.InvalidFieldException;
import id.cerita.common.LocalizedRefusal;

/** Field problems in the reader's language: {@code alumni.error.<code>} for the domain's, {@code alumni.error.<field>} for the form's. */
@Component
class AlumniMessages {

    private final MessageSource messages;

    AlumniMessages(MessageSource messages) {
        this.messages = messages;
    }

    String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    Map<String, String> of(BindingResult result) {
        Map<String, String> errors = new LinkedHashMap<>();
        result.getFieldErrors().forEach(f -> errors.putIfAbsent(f.getField(),
                messages.getMessage("alumni.error." + f.getField(), null, String.valueOf(f.getDefaultMessage()),
                        LocaleContextHolder.getLocale())));
        return errors;
    }

    /** A refusal of the domain under its field, as {@code field.problem.<code>} (i18n/problems) says it. */
    Map<String, String> of(InvalidFieldException e) {
        return Map.of(e.field(), message(e));
    }

    String message(LocalizedRefusal e) {
        return messages.getMessage(e, LocaleContextHolder.getLocale());
    }
}

package id.cerita.user.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.cerita.common.InvalidFieldException;

/**
 * A field problem from the accounts domain in the reader's language: the message {@code field.problem.<code>} with
 * the values the refusal carries (i18n/problems, the one home of every domain code), else the domain's own
 * (Indonesian) message.
 */
@Component
class LocalizedErrors {

    private final MessageSource messages;

    LocalizedErrors(MessageSource messages) {
        this.messages = messages;
    }

    Map<String, String> of(InvalidFieldException e, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put(e.field(), message(e, locale));
        return errors;
    }

    String message(InvalidFieldException e, Locale locale) {
        return messages.getMessage(e, locale);
    }
}

package id.cerita.user.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.cerita.common.InvalidFieldException;
import id.cerita.user.PasswordPolicy;

/**
 * A field problem from the accounts domain in the reader's language: the message {@code accounts.error.<code>} of
 * the accounts bundle, else the domain's own (Indonesian) message.
 */
@Component
class LocalizedErrors {

    private final MessageSource messages;
    private final PasswordPolicy policy;

    LocalizedErrors(MessageSource messages, PasswordPolicy policy) {
        this.messages = messages;
        this.policy = policy;
    }

    Map<String, String> of(InvalidFieldException e, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put(e.field(), message(e, locale));
        return errors;
    }

    String message(InvalidFieldException e, Locale locale) {
        return messages.getMessage("accounts.error." + e.code(), new Object[] { policy.minLength() }, e.getMessage(),
                locale);
    }
}

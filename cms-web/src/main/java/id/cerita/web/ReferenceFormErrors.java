package id.cerita.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import org.springframework.web.servlet.support.RequestContextUtils;

import id.cerita.common.InvalidFieldException;

/**
 * Field name to message for the reference data forms, in the reader's language: a rule the domain checks
 * ({@code provider.unknown}) is looked up as {@code field.problem.<code>} (i18n/problems), falling back to the domain's
 * own text.
 */
public final class ReferenceFormErrors {

    private ReferenceFormErrors() {
    }

    public static Map<String, String> of(RuntimeException e, MessageSource messages) {
        if (e instanceof InvalidFieldException invalid) {
            return Map.of(invalid.field(), messages.getMessage(invalid, LocaleContextHolder.getLocale()));
        }
        return FieldErrors.of(e);
    }

    /** Archiving what someone just archived (two tabs, a double click): say so on the list instead of failing. */
    public static String redirectWithConflict(HttpServletRequest request, MessageSource messages, String to) {
        RequestContextUtils.getOutputFlashMap(request).put("problem",
                messages.getMessage("reference.conflict", null, LocaleContextHolder.getLocale()));
        return "redirect:" + to;
    }
}

package id.cerita.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Domain refusals and field problems in the reader's language: exceptions that carry a message key and arguments
 * ({@link MessageSourceResolvable}) go through the message bundles; others keep their own text.
 */
@Component
public class UserMessages {

    private final MessageSource messages;

    UserMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** In the page's language. */
    public String of(RuntimeException e) {
        return of(e, LocaleContextHolder.getLocale());
    }

    public String of(RuntimeException e, Locale locale) {
        if (e instanceof MessageSourceResolvable resolvable) {
            return messages.getMessage(resolvable, locale);
        }
        return e.getMessage();
    }

    public String get(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** The API's language: the first of Accept-Language we speak, Indonesian when none is asked for. */
    public static Locale apiLocale(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Formats.INDONESIAN;
        }
        Locale best = Locale.lookup(Locale.LanguageRange.parse(header), java.util.List.of(Formats.INDONESIAN,
                Locale.forLanguageTag("en-GB"), Locale.ENGLISH, Locale.forLanguageTag("id")));
        return best == null || !"en".equals(best.getLanguage()) ? Formats.INDONESIAN : Locale.forLanguageTag("en-GB");
    }
}

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
            return messages.getMessage(listsJoined(resolvable, messages, locale), locale);
        }
        return e.getMessage();
    }

    /**
     * The same message with each list argument (e.g. the missing consent scopes) resolved item by item and joined
     * with commas, since message patterns take single values.
     */
    public static MessageSourceResolvable listsJoined(MessageSourceResolvable resolvable, MessageSource messages,
            Locale locale) {
        Object[] arguments = resolvable.getArguments();
        if (arguments == null || java.util.Arrays.stream(arguments).noneMatch(java.util.Collection.class::isInstance)) {
            return resolvable;
        }
        Object[] joined = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            joined[i] = arguments[i] instanceof java.util.Collection<?> items
                    ? items.stream().map(item -> item instanceof MessageSourceResolvable r
                            ? messages.getMessage(r, locale) : String.valueOf(item))
                        .collect(java.util.stream.Collectors.joining(", "))
                    : arguments[i];
        }
        return new org.springframework.context.support.DefaultMessageSourceResolvable(resolvable.getCodes(), joined,
                resolvable.getDefaultMessage());
    }

    public String get(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /**
     * For problems written before or around a controller (Spring MVC's own, server errors): Accept-Language when the
     * client sends one, as for the domain's refusals; otherwise the language chosen in the UI (page scripts).
     */
    public static Locale problemLocale(HttpServletRequest request) {
        return request.getHeader("Accept-Language") != null ? apiLocale(request) : LocaleContextHolder.getLocale();
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

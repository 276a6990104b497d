package id.cerita.web;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The header's language links, as the bean {@code @languageLinks} for templates: the page's address with only the
 * language changed. A bare {@code ?lang=en} dropped the rest of the query, so switching language on a page of search
 * results lost the search. Only the query string is kept, never a form's posted fields.
 */
@Component("languageLinks")
public class LanguageLinks {

    /** The current query with {@code lang} set to {@code language}, relative to the current path. */
    public String to(String language) {
        String fallback = "?lang=" + language;
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
                || attributes.getRequest().getQueryString() == null) {
            return fallback;
        }
        try {
            // the query arrives encoded; build(true) keeps it as it came instead of encoding it a second time
            return "?" + UriComponentsBuilder.newInstance().query(attributes.getRequest().getQueryString())
                .replaceQueryParam("lang", language).build(true).getQuery();
        } catch (IllegalArgumentException badlyEncoded) {
            return fallback;
        }
    }
}

package id.cerita.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The UI speaks Bahasa Indonesia unless the user switches to English with {@code ?lang=en}; the choice is kept in a
 * cookie. Only the two languages stories are written in are accepted.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final String PARAM = "lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("cerita-lang");
        resolver.setDefaultLocale(Formats.INDONESIAN);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitch(localeResolver())).excludePathPatterns("/api/**");
    }

    /** Applies {@code ?lang=id|en}; anything else is ignored. */
    record LanguageSwitch(LocaleResolver resolver) implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            String lang = request.getParameter(PARAM);
            if ("en".equals(lang)) {
                resolver.setLocale(request, response, Locale.forLanguageTag("en-GB"));
            }
            else if ("id".equals(lang)) {
                resolver.setLocale(request, response, Formats.INDONESIAN);
            }
            return true;
        }
    }
}

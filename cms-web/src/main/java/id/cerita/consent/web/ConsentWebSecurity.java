package id.cerita.consent.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import id.cerita.web.TokenLinkPages;

/** The alumnus' own story check page, {@code /check/<token>}: a token link page ({@link TokenLinkPages}). */
@Configuration(proxyBeanMethods = false)
class ConsentWebSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 12)
    SecurityFilterChain storyCheck(HttpSecurity http) throws Exception {
        return TokenLinkPages.chain(http, "/check/**");
    }
}

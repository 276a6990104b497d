package id.cerita.alert.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import id.cerita.web.TokenLinkPages;

/**
 * The links in alert mails, {@code /alerts/confirm/<token>} and {@code /alerts/unsubscribe/<token>}: token link pages
 * ({@link TokenLinkPages}), which work without signing in.
 */
@Configuration(proxyBeanMethods = false)
class AlertWebSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 13)
    SecurityFilterChain alertLinks(HttpSecurity http) throws Exception {
        return TokenLinkPages.chain(http, "/alerts/**");
    }
}

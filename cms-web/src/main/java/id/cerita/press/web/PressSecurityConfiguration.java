package id.cerita.press.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

import id.cerita.user.Capability;

/**
 * The press room's pages under /press, ahead of the staff UI chain (whose rules keep journalists out of the
 * newsroom's pages), signed in through the staff login form and its session; who gets in is
 * {@link Capability#USE_PRESS_ROOM}. The kit download on the API is a rule of
 * the API chain, so API tokens work there like everywhere on /api. Only journalists, editors and admins get in; the
 * controllers check the same roles again.
 */
@Configuration(proxyBeanMethods = false)
class PressSecurityConfiguration {

    /** The staff UI's policy: no inline scripts or styles. */
    static final String CSP = "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 11)
    SecurityFilterChain pressRoom(HttpSecurity http) throws Exception {
        http.securityMatcher("/press", "/press/**")
            .authorizeHttpRequests(auth -> auth.anyRequest().hasAnyRole(Capability.USE_PRESS_ROOM.roleNames()))
            .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
            .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)));
        return http.build();
    }
}

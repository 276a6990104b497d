package id.cerita.press.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * The press room's routes, ahead of the staff chains (whose rules keep journalists out of the newsroom's pages and
 * working copies): the kit download on the API, stateless with HTTP Basic like the rest of /api, and the journalist
 * pages under /press, signed in through the staff login form and its session. Only journalists, editors and admins
 * get in; the controllers check the same roles again.
 */
@Configuration(proxyBeanMethods = false)
class PressSecurityConfiguration {

    static final String[] PRESS_ROLES = { "JOURNALIST", "EDITOR", "ADMIN" };
    /** The staff UI's policy: no inline scripts or styles. */
    static final String CSP = "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain pressKitApi(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/stories/*/press-kit")
            .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET).hasAnyRole(PRESS_ROLES)
                .anyRequest().denyAll())
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(csrf -> csrf.disable())
            .httpBasic(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 11)
    SecurityFilterChain pressRoom(HttpSecurity http) throws Exception {
        http.securityMatcher("/press", "/press/**")
            .authorizeHttpRequests(auth -> auth.anyRequest().hasAnyRole(PRESS_ROLES))
            .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
            .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)));
        return http.build();
    }
}

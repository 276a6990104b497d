package id.cerita.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.servlet.LocaleResolver;

import id.cerita.audit.AuditLog;
import id.cerita.user.ApiTokens;
import id.cerita.user.StaffUsers;

/**
 * Two filter chains: the JSON API is stateless (credentials on every request, so no cookie and no CSRF to forge),
 * the server-rendered UI signs staff in with a form and a session, with CSRF tokens on every form.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Password sign-in with throttling after repeated failures; method security is enabled in cms-core. */
    @Bean
    ThrottledAuthenticationProvider passwordAuthentication(UserDetailsService users, PasswordEncoder passwordEncoder,
            LoginThrottle throttle, AuditLog audit) {
        return new ThrottledAuthenticationProvider(users, passwordEncoder, throttle, audit);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, AuditLog audit) throws Exception {
        http.securityMatcher("/api/**")
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/api/openapi/**", "/api/openapi", "/api/openapi.yaml", "/api/docs/**", "/api/docs", "/api/swagger-ui/**").permitAll()
                // URL rules before the controllers' and services' own checks: a request's body is not even read
                // for someone who may not make it (otherwise a bad body answers 400 before the 403)
                .requestMatchers(HttpMethod.POST, "/api/stories/*/schedule", "/api/stories/*/unschedule",
                        "/api/stories/*/embargo", "/api/stories/*/embargo/lift").hasRole("EDITOR")
                .requestMatchers(HttpMethod.GET, "/api/stories/*/revisions", "/api/stories/*/revisions/compare",
                        "/api/stories/*/comments").hasAnyRole("WRITER", "EDITOR", "ADMIN")
                .requestMatchers("/api/stories/*/revisions/**", "/api/stories/*/comments/**", "/api/stories/*/lock")
                    .hasAnyRole("WRITER", "EDITOR")
                // the press kit of a published story is the journalists' (the kit itself refuses what they may not see)
                .requestMatchers(HttpMethod.GET, "/api/stories/*/press-kit").hasAnyRole("JOURNALIST", "EDITOR", "ADMIN")
                .requestMatchers("/api/stories/*/press-kit").denyAll()
                .requestMatchers(HttpMethod.POST, "/api/stories/**").hasAnyRole("WRITER", "EDITOR")
                .requestMatchers(HttpMethod.PUT, "/api/stories/**").hasAnyRole("WRITER", "EDITOR")
                // the working copies of stories (drafts included) and alumni records are for the newsroom only
                .requestMatchers("/api/stories/**", "/api/alumni/**").hasAnyRole("WRITER", "EDITOR", "ADMIN")
                .requestMatchers("/api/admin/users/**", "/api/admin/account-requests/**").hasRole("ADMIN")
                .anyRequest().authenticated())
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(csrf -> csrf.disable())
            .httpBasic(Customizer.withDefaults())
            .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, audit), BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain ui(HttpSecurity http, StaffUsers users, AuditLog audit, LocaleResolver locales)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/login", "/css/**", "/js/**", "/favicon.ico", "/error", "/swagger-ui/**").permitAll()
                // accounts: journalists ask for one, one-time links set a password; everyone signed in has a profile
                .requestMatchers("/account-request", "/set-password/*").permitAll()
                .requestMatchers("/profile", "/profile/**").authenticated()
                .requestMatchers(HttpMethod.POST, "/workflow/stories/*/schedule", "/workflow/stories/*/embargo",
                        "/workflow/stories/*/embargo/lift").hasRole("EDITOR")
                .requestMatchers(HttpMethod.POST, "/workflow/**").hasAnyRole("WRITER", "EDITOR")
                .requestMatchers("/admin/**").hasRole("ADMIN")
                .requestMatchers(HttpMethod.POST, "/stories/**").hasAnyRole("WRITER", "EDITOR")
                // the story search page is the journalists' too (they find only published, consented stories there)
                .requestMatchers(HttpMethod.GET, "/search", "/search/suggest")
                    .hasAnyRole("JOURNALIST", "WRITER", "EDITOR", "ADMIN")
                // the staff UI is for the newsroom; journalists read through the API (and the press room's own routes)
                .anyRequest().hasAnyRole("WRITER", "EDITOR", "ADMIN"))
            .formLogin(form -> form.loginPage("/login").successHandler(new LandingPage(users, locales))
                .failureHandler(new SignInFailure()).permitAll())
            .addFilterBefore(new AccountStatusFilter(users, audit), AuthorizationFilter.class)
            .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; "
                                + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'"))
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=()"))
                .referrerPolicy(r -> r.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}

package id.cerita.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.servlet.LocaleResolver;

import id.cerita.audit.AuditLog;
import id.cerita.user.ApiTokens;
import id.cerita.user.SecondFactors;
import id.cerita.user.StaffUsers;

import static id.cerita.user.Capability.ADMINISTER;
import static id.cerita.user.Capability.ARCHIVE_REFERENCE_DATA;
import static id.cerita.user.Capability.EXPORT_SITE;
import static id.cerita.user.Capability.READ_PUBLISHED;
import static id.cerita.user.Capability.SCHEDULE_AND_EMBARGO;
import static id.cerita.user.Capability.USE_NEWSROOM;
import static id.cerita.user.Capability.USE_PRESS_ROOM;
import static id.cerita.user.Capability.WRITE_STORIES;

/**
 * Two filter chains: the JSON API takes credentials on every request (Basic, token) or the browser session of the
 * form sign-in (read only, writes then need the CSRF token), the server-rendered UI signs people in with a form and a
 * session, with CSRF tokens on every form. Who may do what comes from {@link id.cerita.user.Capability}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Password sign-in with throttling after repeated failures; method security is enabled in cms-core. */
    @Bean
    ThrottledAuthenticationProvider passwordAuthentication(UserDetailsService users, PasswordEncoder passwordEncoder,
            LoginThrottle throttle, AuditLog audit) {
        return new ThrottledAuthenticationProvider(users, passwordEncoder, throttle, audit);
    }

    /** Where a sign-in lands, by way of the second factor when the account has one or its role requires it. */
    @Bean
    LandingPage landingPage(StaffUsers users, SecondFactors secondFactors, LocaleResolver locales) {
        return new LandingPage(users, secondFactors, locales);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, AuditLog audit, ApiSecurityProblems problems,
            HstsProperties hsts, StaffUsers users, SecondFactors secondFactors) throws Exception {
        http.securityMatcher("/api/**")
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/api/openapi/**", "/api/openapi", "/api/openapi.yaml", "/api/docs/**", "/api/docs", "/api/swagger-ui/**").permitAll()
                // URL rules before the controllers' and services' own checks: a request's body is not even read
                // for someone who may not make it (otherwise a bad body answers 400 before the 403)
                .requestMatchers(HttpMethod.POST, "/api/stories/*/schedule", "/api/stories/*/unschedule",
                        "/api/stories/*/embargo", "/api/stories/*/embargo/lift").hasAnyRole(SCHEDULE_AND_EMBARGO.roleNames())
                .requestMatchers(HttpMethod.GET, "/api/stories/*/revisions", "/api/stories/*/revisions/compare",
                        "/api/stories/*/comments").hasAnyRole(USE_NEWSROOM.roleNames())
                .requestMatchers("/api/stories/*/revisions/**", "/api/stories/*/comments/**", "/api/stories/*/lock")
                    .hasAnyRole(WRITE_STORIES.roleNames())
                // the press kit of a published story is the journalists' (the kit itself refuses what they may not see)
                .requestMatchers(HttpMethod.GET, "/api/stories/*/press-kit").hasAnyRole(USE_PRESS_ROOM.roleNames())
                .requestMatchers("/api/stories/*/press-kit").denyAll()
                // reference data: the newsroom adds and corrects, editors and admins archive, admins add themes
                .requestMatchers(HttpMethod.POST, "/api/{kind:courses|providers|gatherings}/*/{step:archive|restore}")
                    .hasAnyRole(ARCHIVE_REFERENCE_DATA.roleNames())
                .requestMatchers(HttpMethod.POST, "/api/themes").hasAnyRole(ADMINISTER.roleNames())
                .requestMatchers(HttpMethod.POST, "/api/courses", "/api/providers", "/api/gatherings")
                    .hasAnyRole(USE_NEWSROOM.roleNames())
                .requestMatchers(HttpMethod.PUT, "/api/courses/*", "/api/providers/*", "/api/gatherings/*")
                    .hasAnyRole(USE_NEWSROOM.roleNames())
                .requestMatchers(HttpMethod.POST, "/api/stories/**").hasAnyRole(WRITE_STORIES.roleNames())
                .requestMatchers(HttpMethod.PUT, "/api/stories/**").hasAnyRole(WRITE_STORIES.roleNames())
                // the working copies of stories (drafts included) and alumni records are for the newsroom only
                .requestMatchers("/api/stories/**", "/api/alumni/**").hasAnyRole(USE_NEWSROOM.roleNames())
                .requestMatchers("/api/admin/users/**", "/api/admin/account-requests/**", "/api/admin/system")
                    .hasAnyRole(ADMINISTER.roleNames())
                .requestMatchers("/api/alerts/**").hasAnyRole(USE_PRESS_ROOM.roleNames())
                .requestMatchers("/api/analytics/**").hasAnyRole(EXPORT_SITE.roleNames())
                .requestMatchers("/api/clips/**", "/api/clips").hasAnyRole(USE_NEWSROOM.roleNames())
                .anyRequest().authenticated())
            // a browser signed in through the form may use the API with its session cookie (read, never created
            // here); then a cross-site page could make that browser send a write with the cookie, so writes that
            // ride on a session cookie need the CSRF token (the pages' meta tag), while Basic and token clients,
            // which send their credentials themselves and no cookie, need none
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .securityContext(c -> c.securityContextRepository(new DelegatingSecurityContextRepository(
                    new RequestAttributeSecurityContextRepository(), new SessionReadingContextRepository())))
            .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SessionCookieWrites::matches))
            .httpBasic(basic -> basic.authenticationEntryPoint(problems))
            .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
            .headers(hsts::applyTo)
            .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, audit, problems), BasicAuthenticationFilter.class)
            .addFilterAfter(new SecondFactorBasicFilter(secondFactors, problems, audit), BasicAuthenticationFilter.class)
            // a browser session read here ends with a disabled account as it does on the pages
            .addFilterBefore(new AccountStatusFilter(users, audit, false), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain ui(HttpSecurity http, HstsProperties hsts, StaffUsers users, AuditLog audit,
            LandingPage landing) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/login", "/css/**", "/js/**", "/site-assets/**", "/favicon.ico", "/favicon.svg", "/error", "/swagger-ui/**").permitAll()
                // halfway through signing in (password right, second factor to come) the session is still anonymous:
                // these pages find the waiting sign-in in the session themselves
                .requestMatchers("/login/second-factor", "/login/second-factor/**").permitAll()
                // accounts: journalists ask for one, one-time links set a password; everyone signed in has a profile
                .requestMatchers("/account-request", "/set-password/*").permitAll()
                .requestMatchers("/profile", "/profile/**").authenticated()
                // the address people type: it sends each role to its own home page
                .requestMatchers(HttpMethod.GET, "/").authenticated()
                .requestMatchers(HttpMethod.POST, "/workflow/stories/*/schedule", "/workflow/stories/*/embargo",
                        "/workflow/stories/*/embargo/lift").hasAnyRole(SCHEDULE_AND_EMBARGO.roleNames())
                .requestMatchers(HttpMethod.POST, "/workflow/**").hasAnyRole(WRITE_STORIES.roleNames())
                .requestMatchers("/admin/**").hasAnyRole(ADMINISTER.roleNames())
                .requestMatchers(HttpMethod.POST, "/{kind:courses|providers|gatherings}/*/{step:archive|restore}")
                    .hasAnyRole(ARCHIVE_REFERENCE_DATA.roleNames())
                .requestMatchers(HttpMethod.POST, "/stories/**").hasAnyRole(WRITE_STORIES.roleNames())
                // the story search page is the journalists' too (they find only published, consented stories there)
                .requestMatchers(HttpMethod.GET, "/search", "/search/suggest")
                    .hasAnyRole(READ_PUBLISHED.roleNames())
                // the staff UI is for the newsroom; journalists read through the API (and the press room's own routes)
                .anyRequest().hasAnyRole(USE_NEWSROOM.roleNames()))
            .formLogin(form -> form.loginPage("/login").successHandler(landing)
                .failureHandler(new SignInFailure()).permitAll())
            .addFilterBefore(new AccountStatusFilter(users, audit), AuthorizationFilter.class)
            .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
            .headers(hsts::applyTo)
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

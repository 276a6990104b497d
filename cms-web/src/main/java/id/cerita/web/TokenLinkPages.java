package id.cerita.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Pages opened from a link whose secret token is the key (the alumnus' story check, the alert mails' confirm and
 * unsubscribe links): open without an account, the staff UI's CSP, and no referrer, because the token is in the
 * address.
 */
public final class TokenLinkPages {

    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    private TokenLinkPages() {
    }

    public static SecurityFilterChain chain(HttpSecurity http, String... patterns) throws Exception {
        http.securityMatcher(patterns)
            .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }
}

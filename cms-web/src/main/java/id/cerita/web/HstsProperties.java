package id.cerita.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * {@code cerita.hsts.*}: Strict-Transport-Security. The production profile ({@code postgres}) turns it on for every
 * response, since behind a TLS-terminating proxy the application itself sees plain HTTP (browsers ignore the header
 * on plain HTTP anyway, RFC 6797 §8.1). Off, Spring Security's default stays: the header on HTTPS requests only.
 */
@ConfigurationProperties("cerita.hsts")
record HstsProperties(boolean enabled, Duration maxAge, boolean includeSubDomains) {

    HstsProperties {
        maxAge = maxAge == null ? Duration.ofDays(365) : maxAge;
    }

    void applyTo(HeadersConfigurer<HttpSecurity> headers) {
        if (enabled) {
            headers.httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
                    .maxAgeInSeconds(maxAge.toSeconds()).includeSubDomains(includeSubDomains));
        }
    }
}

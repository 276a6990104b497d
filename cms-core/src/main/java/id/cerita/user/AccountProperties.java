package id.cerita.user;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code cerita.accounts.*}: the longest a personal API token may live, how long a set-password link works and the
 * shortest password accepted.
 */
@ConfigurationProperties("cerita.accounts")
public record AccountProperties(Duration maxTokenLifetime, Duration passwordLinkLifetime, Integer minPasswordLength) {

    public AccountProperties {
        maxTokenLifetime = maxTokenLifetime == null ? Duration.ofDays(365) : maxTokenLifetime;
        passwordLinkLifetime = passwordLinkLifetime == null ? Duration.ofHours(24) : passwordLinkLifetime;
        minPasswordLength = minPasswordLength == null ? 10 : minPasswordLength;
    }
}

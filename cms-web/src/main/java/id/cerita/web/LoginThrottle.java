package id.cerita.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing with an exponential back-off per account and per client address: after {@code
 * freeFailures} failed sign-ins (for an address {@code addressFreeFailures}) each further failure doubles the wait,
 * from {@code firstDelay} up to {@code maxDelay}. The owner can always sign in once the short wait is over; a
 * success clears the account's count. Counted in the database (table {@code login_failure}), so every instance and
 * a restart see the same counts; a count older than {@code forgetAfter} starts again from zero.
 */
@Component
@EnableConfigurationProperties(LoginThrottle.Properties.class)
class LoginThrottle {

    private final JdbcClient jdbc;
    private final Properties properties;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Properties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** How long this account or address must still wait before a sign-in is tried; zero when it may try now. */
    Duration wait(String username, String address) {
        return longestWait(userKey(username), addressKey(address));
    }

    /**
     * The second factor's own count per account: a correct password clears the password count, so wrong codes after
     * a right password must add up somewhere else. The address count is shared with passwords.
     */
    Duration secondFactorWait(String username, String address) {
        return longestWait(factorKey(username), addressKey(address));
    }

    void secondFactorFailed(String username, String address) {
        count(factorKey(username), properties.freeFailures());
        count(addressKey(address), properties.addressFreeFailures());
    }

    void secondFactorSucceeded(String username) {
        jdbc.sql("DELETE FROM login_failure WHERE throttle_key = ?").param(factorKey(username)).update();
    }

    private Duration longestWait(String... keys) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (String key : keys) {
            if (key == null) {
                continue;
            }
            Instant until = jdbc.sql("SELECT blocked_until FROM login_failure WHERE throttle_key = ?").param(key)
                .query(java.time.OffsetDateTime.class).optional().map(java.time.OffsetDateTime::toInstant).orElse(now);
            if (until.isAfter(now) && Duration.between(now, until).compareTo(wait) > 0) {
                wait = Duration.between(now, until);
            }
        }
        return wait;
    }

    void failed(String username, String address) {
        count(userKey(username), properties.freeFailures());
        count(addressKey(address), properties.addressFreeFailures());
    }

    void succeeded(String username) {
        jdbc.sql("DELETE FROM login_failure WHERE throttle_key = ?").param(userKey(username)).update();
    }

    private void count(String key, int free) {
        if (key == null) {
            return;
        }
        Instant now = clock.instant();
        int before = jdbc.sql("SELECT failures, last_failure FROM login_failure WHERE throttle_key = ?").param(key)
            .query((rs, n) -> rs.getObject(2, java.time.OffsetDateTime.class).toInstant()
                .isBefore(now.minus(properties.forgetAfter())) ? 0 : rs.getInt(1))
            .optional().orElse(-1);
        int failures = Math.max(before, 0) + 1;
        Instant until = now.plus(delay(failures, free));
        var at = now.atOffset(ZoneOffset.UTC);
        if (before >= 0) {
            jdbc.sql("UPDATE login_failure SET failures = ?, last_failure = ?, blocked_until = ? WHERE throttle_key = ?")
                .params(failures, at, until.atOffset(ZoneOffset.UTC), key).update();
            return;
        }
        try {
            jdbc.sql("INSERT INTO login_failure (throttle_key, failures, last_failure, blocked_until) VALUES (?, ?, ?, ?)")
                .params(key, failures, at, until.atOffset(ZoneOffset.UTC)).update();
        }
        catch (DuplicateKeyException raced) {
            jdbc.sql("UPDATE login_failure SET failures = failures + 1, last_failure = ? WHERE throttle_key = ?")
                .params(at, key).update();
        }
    }

    /** Nothing for the first {@code free} failures, then firstDelay, 2x, 4x... capped at maxDelay. */
    Duration delay(int failures, int free) {
        if (failures <= free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free - 1, 30);
        Duration delay = properties.firstDelay().multipliedBy(1L << doublings);
        return delay.compareTo(properties.maxDelay()) > 0 ? properties.maxDelay() : delay;
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String factorKey(String username) {
        return "second-factor:" + userKey(username);
    }

    private static String addressKey(String address) {
        return address == null || address.isBlank() ? null : "address:" + address;
    }

    /** {@code cerita.security.login-throttle.*} */
    @ConfigurationProperties("cerita.security.login-throttle")
    record Properties(Integer freeFailures, Integer addressFreeFailures, Duration firstDelay, Duration maxDelay,
            Duration forgetAfter) {
        Properties {
            freeFailures = freeFailures == null ? 3 : freeFailures;
            addressFreeFailures = addressFreeFailures == null ? 20 : addressFreeFailures;
            firstDelay = firstDelay == null ? Duration.ofSeconds(2) : firstDelay;
            maxDelay = maxDelay == null ? Duration.ofMinutes(5) : maxDelay;
            forgetAfter = forgetAfter == null ? Duration.ofHours(1) : forgetAfter;
        }
    }
}

package id.cerita.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@code maxFailures} failed sign-ins for one user name within {@code window}, that
 * name cannot sign in for {@code lockout}, even with the right password. Counted in memory (one node).
 */
@Component
@EnableConfigurationProperties(LoginThrottle.Properties.class)
class LoginThrottle {

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Properties properties;
    private final Clock clock;

    LoginThrottle(Properties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    boolean blocked(String username) {
        Deque<Instant> recent = failures.get(key(username));
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            prune(recent);
            return recent.size() >= properties.maxFailures()
                    && recent.peekLast().plus(properties.lockout()).isAfter(clock.instant());
        }
    }

    void failed(String username) {
        Deque<Instant> recent = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent);
            recent.addLast(clock.instant());
        }
    }

    void succeeded(String username) {
        failures.remove(key(username));
    }

    private void prune(Deque<Instant> recent) {
        Instant horizon = clock.instant().minus(properties.window().plus(properties.lockout()));
        while (!recent.isEmpty() && recent.peekFirst().isBefore(horizon)) {
            recent.removeFirst();
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** {@code cerita.security.login-throttle.*} */
    @ConfigurationProperties("cerita.security.login-throttle")
    record Properties(Integer maxFailures, Duration window, Duration lockout) {
        Properties {
            maxFailures = maxFailures == null ? 5 : maxFailures;
            window = window == null ? Duration.ofMinutes(15) : window;
            lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
        }
    }
}

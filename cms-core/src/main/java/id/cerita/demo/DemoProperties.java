package id.cerita.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code cerita.demo.enabled} loads the demo content at start (never on unless asked); {@code cerita.demo.password}
 * is the password of the demo accounts, generated and printed once when not set.
 */
@ConfigurationProperties("cerita.demo")
public record DemoProperties(boolean enabled, String password) {
}

package id.cerita.alert.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The mailbox bounces arrive in (the envelope sender of alert mails). Read only when {@code host} is set.
 *
 * @param protocol {@code imap} or {@code imaps}
 * @param interval how often it is read
 */
@ConfigurationProperties("cerita.alerts.bounces")
record BounceMailboxProperties(String host, @DefaultValue("993") int port, @DefaultValue("imaps") String protocol,
        String username, String password, @DefaultValue("INBOX") String folder,
        @DefaultValue("PT1M") Duration interval) {
}

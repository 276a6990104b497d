package id.cerita.alert.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Journalists' alerts.
 *
 * @param baseUrl the address of this CMS as journalists reach it, for the links in mails
 * @param from the sender of alert mails
 * @param sendInterval how often waiting alerts are mailed
 * @param digestCron when weekly digests go out (Asia/Jakarta)
 * @param embeddedSmtp start an SMTP server in-process (the demo's; mail stays on this machine)
 * @param embeddedSmtpPort its port
 */
@ConfigurationProperties("cerita.alerts")
record AlertProperties(@DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("Cerita <cerita@localhost>") String from, @DefaultValue("PT5S") Duration sendInterval,
        @DefaultValue("0 0 8 * * MON") String digestCron, @DefaultValue("false") boolean embeddedSmtp,
        @DefaultValue("3025") int embeddedSmtpPort) {

    String link(String path) {
        return baseUrl.replaceAll("/+$", "") + path;
    }
}

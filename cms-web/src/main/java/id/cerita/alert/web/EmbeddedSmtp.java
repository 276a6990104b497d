package id.cerita.alert.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The demo's mail server: GreenMail listening on 127.0.0.1 only, so the demo's alerts are really sent over SMTP
 * without a mail host. Staff read what went out on the outbox page; nothing leaves the machine.
 */
@Component
@ConditionalOnProperty("cerita.alerts.embedded-smtp")
class EmbeddedSmtp implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedSmtp.class);

    private final GreenMail server;

    EmbeddedSmtp(AlertProperties properties) {
        server = new GreenMail(new ServerSetup(properties.embeddedSmtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        log.info("Embedded SMTP server for alert mails on 127.0.0.1:{}", properties.embeddedSmtpPort());
    }

    @Override
    public void destroy() {
        server.stop();
    }
}

package id.cerita.alert.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The demo's mail server: GreenMail listening on 127.0.0.1 only, so the demo's alerts really go out over SMTP without
 * a mail host, and the mail sender that talks to it. Staff read what went out on the outbox page; nothing leaves the
 * machine. When the port is taken (a second demo, test contexts side by side) it listens on a free one instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("cerita.alerts.embedded-smtp")
class EmbeddedSmtp {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedSmtp.class);

    @Bean(destroyMethod = "stop")
    GreenMail embeddedSmtpServer(AlertProperties properties) {
        GreenMail server = new GreenMail(setup(properties.embeddedSmtpPort()));
        try {
            server.start();
        }
        catch (RuntimeException e) {
            server = new GreenMail(setup(0).dynamicPort());
            server.start();
        }
        log.info("Embedded SMTP server for alert mails on 127.0.0.1:{}", server.getSmtp().getPort());
        return server;
    }

    @Bean
    JavaMailSender embeddedSmtpSender(GreenMail server) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(server.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }

    private static ServerSetup setup(int port) {
        return new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    }
}

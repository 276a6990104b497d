package id.cerita.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Sign-in sessions in the database ({@code SPRING_SESSION}, V98) when {@code cerita.sessions.store=jdbc}: several
 * instances behind one proxy then share them, so a user signed in on one continues on another, and a restart signs
 * nobody out. Off by default: one instance keeps them in memory, which is faster. The cookie keeps the settings of
 * {@code server.servlet.session.cookie.*} (HttpOnly, SameSite=Lax, Secure in the postgres profile). Expired sessions
 * are deleted by Spring Session's clean-up every minute.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "cerita.sessions.store", havingValue = "jdbc")
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 1800)
class SharedSessions {

    @Bean
    CookieSerializer sessionCookie(@Value("${server.servlet.session.cookie.secure:false}") boolean secure,
            @Value("${server.servlet.session.cookie.same-site:lax}") String sameSite) {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName("SESSION");
        serializer.setUseHttpOnlyCookie(true);
        serializer.setUseSecureCookie(secure);
        serializer.setSameSite(sameSite.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + sameSite.substring(1));
        return serializer;
    }
}

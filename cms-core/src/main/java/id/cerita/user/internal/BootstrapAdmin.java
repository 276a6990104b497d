package id.cerita.user.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import id.cerita.common.SystemActor;
import id.cerita.user.Role;
import id.cerita.user.StaffUsers;

/**
 * On the very first start (no users at all) creates the first administrator: with the configured password, or with
 * a random one printed once to the log. There is no built-in password.
 */
@Component
@Order(0)
@EnableConfigurationProperties(BootstrapAdmin.Properties.class)
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final StaffUsers users;
    private final Properties properties;

    BootstrapAdmin(StaffUsers users, Properties properties) {
        this.users = users;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!users.none()) {
            return;
        }
        String password = properties.password();
        boolean generated = password == null || password.isBlank();
        if (generated) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        }
        String initial = password;
        SystemActor.run(() -> users.create(properties.username(), "Administrator", initial,
                EnumSet.of(Role.ADMIN, Role.EDITOR)));
        if (generated) {
            log.warn("""

                    ================================================================
                     First start: created administrator '{}' with password
                         {}
                     It is shown only this once. Sign in and change it.
                    ================================================================""", properties.username(), password);
        }
        else {
            log.info("First start: created administrator '{}' with the configured password", properties.username());
        }
    }

    @ConfigurationProperties("cerita.bootstrap-admin")
    record Properties(String username, String password) {
        Properties {
            username = username == null || username.isBlank() ? "admin" : username;
        }
    }
}

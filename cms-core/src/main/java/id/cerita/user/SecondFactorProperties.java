package id.cerita.user;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code cerita.security.second-factor.*}: the roles whose accounts must sign in with a second factor (default
 * editors and administrators). Empty: nobody must, everyone may.
 */
@ConfigurationProperties("cerita.security.second-factor")
public record SecondFactorProperties(Set<Role> requiredRoles) {

    public SecondFactorProperties {
        requiredRoles = requiredRoles == null ? EnumSet.of(Role.EDITOR, Role.ADMIN) : Set.copyOf(requiredRoles);
    }
}

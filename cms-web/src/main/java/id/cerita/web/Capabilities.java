package id.cerita.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import id.cerita.user.Capability;

/**
 * The signed-in person's {@link Capability capabilities}, read from their roles, and their home page. Static for
 * controllers and filters; as the bean {@code @capabilities} for templates ({@code ${@capabilities.may('ADMINISTER')}}).
 */
@Component("capabilities")
public class Capabilities {

    public static final String DASHBOARD = "/dashboard";
    public static final String PRESS_ROOM = "/press";

    /** Whether this person may do this; nobody signed in may do nothing. */
    public static boolean has(Authentication user, Capability capability) {
        return capability.grantedTo(user);
    }

    /** Where this person starts: the newsroom's dashboard, else the press room, else the sign-in page. */
    public static String home(Authentication user) {
        if (has(user, Capability.USE_NEWSROOM)) {
            return DASHBOARD;
        }
        return has(user, Capability.USE_PRESS_ROOM) ? PRESS_ROOM : "/login";
    }

    /** For templates: whether the current person has the named capability. */
    public boolean may(String capability) {
        return has(current(), Capability.valueOf(capability));
    }

    /** For templates: the current person's home page. */
    public String home() {
        return home(current());
    }

    private static Authentication current() {
        return SecurityContextHolder.getContext().getAuthentication();
    }
}

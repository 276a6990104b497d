package id.cerita.user;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * {@link Capability} for method security expressions, so that {@code @PreAuthorize} names what a method needs
 * ({@code @capability.granted(authentication, 'WRITE_STORIES')}) instead of listing roles of its own. The system's
 * own actor is not a person's role: expressions keep {@code hasRole('SYSTEM')} for it.
 */
@Component("capability")
public class CapabilityCheck {

    /** Whether the person's roles grant the named capability; an unknown name is a programming error. */
    public boolean granted(Authentication authentication, String capability) {
        return Capability.valueOf(capability).grantedTo(authentication);
    }
}

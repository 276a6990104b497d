package id.cerita.common;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Cerita itself acting, not a person: the first-start administrator, the demo loader, scheduled jobs. Runs a piece
 * of work with the {@code ROLE_SYSTEM} authority the domain services accept, then restores whoever was signed in.
 */
public final class SystemActor {

    public static final String NAME = "system";

    private SystemActor() {
    }

    public static <T> T call(Supplier<T> work) {
        return callAs(NAME, List.of("ROLE_SYSTEM"), work);
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Runs as a named user with the given authorities (e.g. {@code ROLE_EDITOR}): for loaders and fixtures. */
    public static <T> T callAs(String username, List<String> authorities, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(username, null,
                authorities.stream().map(SimpleGrantedAuthority::new).toList());
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        }
        finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The signed-in user's name, or {@value #NAME} when nobody is. */
    public static String currentName() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? NAME : authentication.getName();
    }
}

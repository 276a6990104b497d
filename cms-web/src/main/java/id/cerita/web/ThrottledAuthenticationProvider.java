package id.cerita.web;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import id.cerita.audit.AuditLog;

/**
 * Password sign-in (form and HTTP Basic) that asks the {@link LoginThrottle} first: while the account or the client
 * address has to wait, the attempt is refused with how long, without even checking the password.
 */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;
    private final AuditLog audit;

    ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder, LoginThrottle throttle,
            AuditLog audit) {
        super(users);
        setPasswordEncoder(passwordEncoder);
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String address = address(authentication.getDetails());
        Duration wait = throttle.wait(authentication.getName(), address);
        if (!wait.isZero()) {
            SignInThrottledException throttled = new SignInThrottledException(wait);
            // recorded here: Spring Security publishes no failure event for an exception type it has no mapping for
            audit.append(authentication.getName(), "login.throttled", "user", authentication.getName(),
                    "tunggu " + throttled.seconds() + " detik" + (address == null ? "" : ", dari " + address));
            throw throttled;
        }
        return super.authenticate(authentication);
    }

    static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    /** Too many failures just now: try again after {@link #seconds()}. Not a wrong password. */
    static class SignInThrottledException extends LockedException {

        private final long seconds;

        SignInThrottledException(Duration wait) {
            super("Terlalu banyak percobaan masuk yang gagal. Coba lagi setelah " + seconds(wait) + " detik.");
            this.seconds = seconds(wait);
        }

        long seconds() {
            return seconds;
        }

        private static long seconds(Duration wait) {
            return Math.max(1, (wait.toMillis() + 999) / 1000);
        }
    }
}

package id.cerita.web;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in (form and HTTP Basic) that asks the {@link LoginThrottle} first: while the account or the client
 * address has to wait, the attempt is refused with how long, without even checking the password.
 */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        super(users);
        setPasswordEncoder(passwordEncoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        Duration wait = throttle.wait(authentication.getName(), address(authentication.getDetails()));
        if (!wait.isZero()) {
            throw new SignInThrottledException(wait);
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

package id.cerita.user;

import java.security.InvalidKeyException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * RFC 6238 codes: six digits, a new one every 30 seconds. A code of the step before or after now is accepted too
 * (phone clocks drift), but never a step at or before the last one accepted, so a code seen over a shoulder cannot
 * be used a second time.
 */
class TotpCodes {

    static final Duration STEP = Duration.ofSeconds(30);

    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP, 6);
    private final Clock clock;

    TotpCodes(Clock clock) {
        this.clock = clock;
    }

    /** The step {@code code} belongs to when it is right and newer than {@code lastStep}; empty otherwise. */
    OptionalLong accept(TotpSecret secret, String code, long lastStep) {
        if (code == null || !code.strip().matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long now = step(clock.instant());
        for (long step = now - 1; step <= now + 1; step++) {
            if (step > lastStep && codeAt(secret, step).equals(code.strip())) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    String codeAt(TotpSecret secret, long step) {
        try {
            return generator.generateOneTimePasswordString(secret.key(), Instant.ofEpochSecond(step * STEP.toSeconds()),
                    java.util.Locale.ROOT);
        }
        catch (InvalidKeyException e) {
            throw new IllegalStateException("An HMAC-SHA1 key of any length is valid", e);
        }
    }

    static long step(Instant at) {
        return at.getEpochSecond() / STEP.toSeconds();
    }
}

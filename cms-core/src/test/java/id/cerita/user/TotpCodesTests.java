package id.cerita.user;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TotpCodesTests {

    // RFC 6238 appendix B: the ASCII secret "12345678901234567890", SHA-1, here cut to six digits
    private static final TotpSecret RFC_SECRET = new TotpSecret("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");

    private static TotpCodes at(long epochSecond) {
        return new TotpCodes(Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }

    @Test
    void computesTheRfc6238Codes() {
        TotpCodes codes = at(0);
        assertThat(codes.codeAt(RFC_SECRET, TotpCodes.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(codes.codeAt(RFC_SECRET, TotpCodes.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
    }

    @Test
    void acceptsTheCurrentCodeAndOneStepEitherSide() {
        TotpCodes codes = at(1111111109);
        long now = TotpCodes.step(Instant.ofEpochSecond(1111111109));
        assertThat(codes.accept(RFC_SECRET, codes.codeAt(RFC_SECRET, now), 0)).hasValue(now);
        assertThat(codes.accept(RFC_SECRET, codes.codeAt(RFC_SECRET, now - 1), 0)).hasValue(now - 1);
        assertThat(codes.accept(RFC_SECRET, codes.codeAt(RFC_SECRET, now + 1), 0)).hasValue(now + 1);
    }

    @Test
    void refusesCodesTwoStepsAway() {
        TotpCodes codes = at(1111111109);
        long now = TotpCodes.step(Instant.ofEpochSecond(1111111109));
        assertThat(codes.accept(RFC_SECRET, codes.codeAt(RFC_SECRET, now - 2), 0)).isEmpty();
        assertThat(codes.accept(RFC_SECRET, codes.codeAt(RFC_SECRET, now + 2), 0)).isEmpty();
    }

    @Test
    void refusesAStepAlreadyUsed() {
        TotpCodes codes = at(1111111109);
        long now = TotpCodes.step(Instant.ofEpochSecond(1111111109));
        assertThat(codes.accept(RFC_SECRET, codes.codeAt(RFC_SECRET, now), now)).isEmpty();
        assertThat(codes.accept(RFC_SECRET, codes.codeAt(RFC_SECRET, now - 1), now)).isEmpty();
    }

    @Test
    void refusesWhatIsNotSixDigits() {
        TotpCodes codes = at(1111111109);
        assertThat(codes.accept(RFC_SECRET, "08180", 0)).isEmpty();
        assertThat(codes.accept(RFC_SECRET, "abcdef", 0)).isEmpty();
        assertThat(codes.accept(RFC_SECRET, null, 0)).isEmpty();
    }

    @Test
    void writesAndReadsBase32Secrets() {
        TotpSecret secret = TotpSecret.random();
        assertThat(secret.base32()).hasSize(32).matches("[A-Z2-7]+");
        assertThat(secret.key().getEncoded()).hasSize(20);
        assertThat(RFC_SECRET.key().getEncoded()).isEqualTo("12345678901234567890".getBytes());
        assertThat(new TotpSecret(secret.grouped().toLowerCase())).isEqualTo(secret);
    }
}

package id.cerita.site.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class FingerprintTests {

    @Test
    void isTheSha256OfTheLengthPrefixedValues() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String value : new String[] { "story", "Donat Jambi" }) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            sha.update(new byte[] { 0, 0, 0, (byte) bytes.length });
            sha.update(bytes);
        }
        assertThat(Fingerprint.of("story", "Donat Jambi").hex()).isEqualTo(HexFormat.of().formatHex(sha.digest()));
    }

    @Test
    void valuesAreSeparatedSoThatMovingABoundaryChangesTheFingerprint() {
        assertThat(Fingerprint.of("ab", "c").hex()).isNotEqualTo(Fingerprint.of("a", "bc").hex());
    }

    @Test
    void aFingerprintOpenedInsideAnotherOnTheSameThreadKeepsBothApart() {
        String alone = Fingerprint.of("luar", "x").hex();
        Fingerprint outer = Fingerprint.of("luar");
        String inner = Fingerprint.of("dalam").add(new byte[5000]).hex(); // takes and gives back the thread's buffer
        Fingerprint again = Fingerprint.of("dalam lagi"); // reuses that buffer while the outer one is still open
        assertThat(outer.add("x").hex()).isEqualTo(alone);
        assertThat(again.hex()).isEqualTo(Fingerprint.of("dalam lagi").hex());
        assertThat(inner).isEqualTo(Fingerprint.of("dalam").add(new byte[5000]).hex());
    }

    @Test
    void aReadFingerprintTakesNoMoreValues() {
        Fingerprint f = Fingerprint.of("selesai");
        f.hex();
        assertThatThrownBy(() -> f.add("lagi")).isInstanceOf(IllegalStateException.class);
    }
}

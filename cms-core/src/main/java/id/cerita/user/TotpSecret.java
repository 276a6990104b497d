package id.cerita.user;

import java.security.SecureRandom;
import java.util.Locale;

import javax.crypto.spec.SecretKeySpec;

/**
 * A TOTP shared secret as authenticator apps take it: 160 random bits written in RFC 4648 base32 (no padding), which
 * people can also type in by hand.
 */
public record TotpSecret(String base32) implements java.io.Serializable {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final SecureRandom RANDOM = new SecureRandom();

    public TotpSecret {
        base32 = base32.replace(" ", "").toUpperCase(Locale.ROOT);
        if (base32.isEmpty() || !base32.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("Not a base32 secret");
        }
    }

    static TotpSecret random() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        StringBuilder text = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                text.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        return new TotpSecret(text.toString()); // 160 bits are exactly 32 characters
    }

    /** The HMAC key the codes are computed with. */
    public SecretKeySpec key() {
        byte[] bytes = new byte[base32.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int i = 0;
        for (char c : base32.toCharArray()) {
            buffer = (buffer << 5) | ALPHABET.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                bytes[i++] = (byte) (buffer >> (bits - 8));
                bits -= 8;
            }
        }
        return new SecretKeySpec(bytes, "HmacSHA1");
    }

    /** Groups of four, easier to copy by hand. */
    public String grouped() {
        return base32.replaceAll("(.{4})(?!$)", "$1 ");
    }

    @Override
    public String toString() {
        return "TotpSecret[hidden]";
    }
}

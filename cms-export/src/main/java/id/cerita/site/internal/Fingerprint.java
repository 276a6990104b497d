package id.cerita.site.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over a sequence of length-prefixed values: what an output file was made from. */
public final class Fingerprint {

    /** Never updated, only cloned: a plan makes a fingerprint per file, and a clone skips the provider lookup. */
    private static final MessageDigest PROTOTYPE = sha256();

    private final MessageDigest digest;
    private final byte[] length = new byte[4];

    private Fingerprint() {
        MessageDigest copy;
        try {
            copy = (MessageDigest) PROTOTYPE.clone();
        }
        catch (CloneNotSupportedException e) {
            copy = sha256();
        }
        digest = copy;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Fingerprint of(String... parts) {
        Fingerprint fingerprint = new Fingerprint();
        for (String part : parts) {
            fingerprint.add(part);
        }
        return fingerprint;
    }

    public Fingerprint add(Object value) {
        return add(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
    }

    /** The bytes as they are (a file's content, another digest), after their length. */
    public Fingerprint add(byte[] bytes) {
        // one update for the prefix: four single-byte updates each went through the provider's whole call chain
        length[0] = (byte) (bytes.length >>> 24);
        length[1] = (byte) (bytes.length >>> 16);
        length[2] = (byte) (bytes.length >>> 8);
        length[3] = (byte) bytes.length;
        digest.update(length);
        digest.update(bytes);
        return this;
    }

    public byte[] bytes() {
        return digest.digest();
    }

    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}

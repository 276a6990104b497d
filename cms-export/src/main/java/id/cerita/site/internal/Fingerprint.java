package id.cerita.site.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * SHA-256 over a sequence of length-prefixed values: what an output file was made from. The values are gathered in
 * one buffer and hashed in one call: a plan makes a fingerprint per file (78,000 files at 55,000 stories), and a
 * {@code MessageDigest.update} per value cost more than the hashing itself. The buffer is the thread's own, lent for
 * the life of one fingerprint (taken when it starts, given back by {@link #bytes()}), so a plan does not allocate a
 * kilobyte per file; a fingerprint started while another is open on the same thread gets a buffer of its own.
 * Finished once read: no value may be added after {@link #bytes()} or {@link #hex()}.
 */
public final class Fingerprint {

    /** Never updated, only cloned: a clone skips the provider lookup. */
    private static final MessageDigest PROTOTYPE = sha256();

    /** A buffer grown past this (a story's whole body, a script) is not kept for the thread's next fingerprint. */
    private static final int KEPT = 64 * 1024;
    private static final ThreadLocal<byte[]> SPARE = new ThreadLocal<>();

    private byte[] buffer;
    private int size;

    private Fingerprint() {
        byte[] spare = SPARE.get();
        if (spare != null) {
            SPARE.remove();
            buffer = spare;
        }
        else {
            // a listing page's values fit: twenty story digests, their translations' links, the page's own words
            buffer = new byte[1024];
        }
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
        ensure(4 + bytes.length);
        buffer[size] = (byte) (bytes.length >>> 24);
        buffer[size + 1] = (byte) (bytes.length >>> 16);
        buffer[size + 2] = (byte) (bytes.length >>> 8);
        buffer[size + 3] = (byte) bytes.length;
        System.arraycopy(bytes, 0, buffer, size + 4, bytes.length);
        size += 4 + bytes.length;
        return this;
    }

    private void ensure(int more) {
        if (buffer == null) {
            throw new IllegalStateException("This fingerprint was read; its buffer went back to the thread");
        }
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }

    public byte[] bytes() {
        ensure(0);
        MessageDigest digest;
        try {
            digest = (MessageDigest) PROTOTYPE.clone();
        }
        catch (CloneNotSupportedException e) {
            digest = sha256();
        }
        digest.update(buffer, 0, size);
        if (buffer.length <= KEPT) {
            SPARE.set(buffer);
        }
        buffer = null;
        return digest.digest();
    }

    public String hex() {
        return HexFormat.of().formatHex(bytes());
    }
}

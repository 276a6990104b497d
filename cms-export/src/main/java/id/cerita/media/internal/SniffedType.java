package id.cerita.media.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/** What a file's first bytes say it is, whatever its name or claimed media type say. */
public enum SniffedType {
    JPEG, PNG, WEBP, HEIF, SVG, OTHER_IMAGE, UNKNOWN;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final Set<String> HEIF_BRANDS =
            Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "hevm", "hevs", "mif1", "msf1", "avif", "avis");

    public static SniffedType of(byte[] b) {
        if (startsWith(b, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return JPEG;
        }
        if (startsWith(b, 0, PNG_SIGNATURE)) {
            return PNG;
        }
        if (ascii(b, 0, 4).equals("RIFF") && ascii(b, 8, 4).equals("WEBP")) {
            return WEBP;
        }
        if (ascii(b, 4, 4).equals("ftyp") && HEIF_BRANDS.contains(ascii(b, 8, 4))) {
            return HEIF;
        }
        if (ascii(b, 0, 4).equals("GIF8") || ascii(b, 0, 4).equals("II*\0") || ascii(b, 0, 4).equals("MM\0*")
                || ascii(b, 0, 2).equals("BM") || ascii(b, 0, 4).equals("%PDF")) {
            return OTHER_IMAGE;
        }
        if (looksLikeSvg(b)) {
            return SVG;
        }
        return UNKNOWN;
    }

    private static boolean looksLikeSvg(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
        return head.startsWith("<") && head.contains("<svg");
    }

    private static boolean startsWith(byte[] b, int offset, byte[] prefix) {
        if (b.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] b, int offset, int length) {
        return b.length < offset + length ? "" : new String(b, offset, length, StandardCharsets.ISO_8859_1);
    }
}

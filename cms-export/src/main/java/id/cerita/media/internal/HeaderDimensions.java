package id.cerita.media.internal;

import java.util.Optional;

import id.cerita.media.ImageFormat;

/**
 * Width and height as the file's header declares them, read from the bytes without decoding anything:
 * PNG's IHDR, JPEG's SOFn frame header, WebP's VP8/VP8L/VP8X chunk.
 */
public record HeaderDimensions(int width, int height) {

    public long pixels() {
        return (long) width * height;
    }

    public static Optional<HeaderDimensions> read(byte[] b, ImageFormat format) {
        try {
            HeaderDimensions d = switch (format) {
                case PNG -> png(b);
                case JPEG -> jpeg(b);
                case WEBP -> webp(b);
            };
            return d != null && d.width > 0 && d.height > 0 ? Optional.of(d) : Optional.empty();
        } catch (ArrayIndexOutOfBoundsException truncatedHeader) {
            return Optional.empty();
        }
    }

    private static HeaderDimensions png(byte[] b) {
        if (!(b[12] == 'I' && b[13] == 'H' && b[14] == 'D' && b[15] == 'R')) {
            return null;
        }
        long w = u32be(b, 16);
        long h = u32be(b, 20);
        return w > Integer.MAX_VALUE || h > Integer.MAX_VALUE ? new HeaderDimensions(Integer.MAX_VALUE, Integer.MAX_VALUE)
                : new HeaderDimensions((int) w, (int) h);
    }

    private static HeaderDimensions jpeg(byte[] b) {
        int pos = 2;
        while (true) {
            if ((b[pos] & 0xFF) != 0xFF) {
                return null;
            }
            while ((b[pos] & 0xFF) == 0xFF) {
                pos++;
            }
            int marker = b[pos++] & 0xFF;
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {
                continue;
            }
            if (marker == 0xD9 || marker == 0xDA) {
                return null;
            }
            int length = u16be(b, pos);
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (startOfFrame) {
                return new HeaderDimensions(u16be(b, pos + 5), u16be(b, pos + 3));
            }
            pos += length;
        }
    }

    private static HeaderDimensions webp(byte[] b) {
        String chunk = new String(b, 12, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
        return switch (chunk) {
            case "VP8 " -> {
                if ((b[23] & 0xFF) != 0x9D || (b[24] & 0xFF) != 0x01 || (b[25] & 0xFF) != 0x2A) {
                    yield null;
                }
                yield new HeaderDimensions(u16le(b, 26) & 0x3FFF, u16le(b, 28) & 0x3FFF);
            }
            case "VP8L" -> {
                if ((b[20] & 0xFF) != 0x2F) {
                    yield null;
                }
                long bits = u32le(b, 21);
                yield new HeaderDimensions((int) (bits & 0x3FFF) + 1, (int) ((bits >> 14) & 0x3FFF) + 1);
            }
            case "VP8X" -> new HeaderDimensions(u24le(b, 24) + 1, u24le(b, 27) + 1);
            default -> null;
        };
    }

    private static int u16be(byte[] b, int i) {
        return (b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF);
    }

    private static long u32be(byte[] b, int i) {
        return (long) u16be(b, i) << 16 | u16be(b, i + 2);
    }

    private static int u16le(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static int u24le(byte[] b, int i) {
        return u16le(b, i) | (b[i + 2] & 0xFF) << 16;
    }

    private static long u32le(byte[] b, int i) {
        return u16le(b, i) | (long) u16le(b, i + 2) << 16;
    }
}

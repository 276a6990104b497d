package id.cerita.media;

import static id.cerita.media.UploadRejected.Reason.CORRUPT;
import static id.cerita.media.UploadRejected.Reason.EMPTY;
import static id.cerita.media.UploadRejected.Reason.HEIC_CONVERT_FIRST;
import static id.cerita.media.UploadRejected.Reason.SVG_REFUSED;
import static id.cerita.media.UploadRejected.Reason.TOO_LARGE;
import static id.cerita.media.UploadRejected.Reason.TOO_MANY_PIXELS;
import static id.cerita.media.UploadRejected.Reason.TYPE_MISMATCH;
import static id.cerita.media.UploadRejected.Reason.UNSUPPORTED_TYPE;

import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.Optional;

import id.cerita.media.internal.Decoder;
import id.cerita.media.internal.ExifOrientation;
import id.cerita.media.internal.HeaderDimensions;
import id.cerita.media.internal.Rgb;
import id.cerita.media.internal.SniffedType;

/**
 * Decides whether uploaded bytes are an image Cerita keeps: the real type from the bytes (not the name or the
 * claimed media type), the size limit, the pixel count from the header before any decoding, then one full decode
 * that must finish without damage. The accepted picture comes back upright (EXIF orientation) and in sRGB.
 */
public final class UploadInspector {

    private final UploadLimits limits;
    private final DecodeGate gate;

    public UploadInspector(UploadLimits limits, DecodeGate gate) {
        this.limits = limits;
        this.gate = gate;
    }

    public AcceptedImage inspect(byte[] bytes, String claimedMediaType) {
        return inspect(bytes, claimedMediaType, true);
    }

    /** For callers that already hold a {@link DecodeGate} permit for these bytes. */
    AcceptedImage inspectUngated(byte[] bytes, String claimedMediaType) {
        return inspect(bytes, claimedMediaType, false);
    }

    private AcceptedImage inspect(byte[] bytes, String claimedMediaType, boolean gated) {
        if (bytes.length == 0) {
            throw new UploadRejected(EMPTY, "Berkasnya kosong (0 byte).");
        }
        if (bytes.length > limits.maxBytes()) {
            throw new UploadRejected(TOO_LARGE, "Berkas %s MB melebihi batas %s MB."
                    .formatted(megabytes(bytes.length), megabytes(limits.maxBytes())));
        }
        ImageFormat format = formatOf(bytes, claimedMediaType);
        HeaderDimensions declared = HeaderDimensions.read(bytes, format).orElseThrow(() ->
                new UploadRejected(CORRUPT, "Kepala berkas %s rusak atau terpotong: ukuran gambarnya tidak terbaca."
                        .formatted(format)));
        if (declared.pixels() > limits.maxPixels()) {
            throw new UploadRejected(TOO_MANY_PIXELS, "Gambar menyatakan %d × %d piksel, lebih dari batas %d megapiksel."
                    .formatted(declared.width(), declared.height(), limits.maxPixels() / 1_000_000));
        }
        int orientation = ExifOrientation.of(bytes);
        BufferedImage upright = gated
                ? gate.through(declared.pixels(), () -> decodeUpright(bytes, format, orientation))
                : decodeUpright(bytes, format, orientation);
        return new AcceptedImage(format, upright.getWidth(), upright.getHeight(), orientation, upright);
    }

    private static BufferedImage decodeUpright(byte[] bytes, ImageFormat format, int orientation) {
        try {
            return ExifOrientation.apply(Rgb.normalise(Decoder.decode(bytes, format)), orientation);
        } catch (Decoder.DamagedImageException e) {
            throw new UploadRejected(CORRUPT, "Gambar rusak atau terpotong (" + e.getMessage() + ").", e);
        }
    }

    private static ImageFormat formatOf(byte[] bytes, String claimedMediaType) {
        String claimed = claimedMediaType == null ? "" : claimedMediaType.toLowerCase(Locale.ROOT);
        SniffedType sniffed = SniffedType.of(bytes);
        if (claimed.startsWith("image/svg") || sniffed == SniffedType.SVG) {
            throw new UploadRejected(SVG_REFUSED, "SVG tidak diterima karena dapat memuat skrip. Unggah JPEG, PNG atau WebP.");
        }
        ImageFormat actual = switch (sniffed) {
            case JPEG -> ImageFormat.JPEG;
            case PNG -> ImageFormat.PNG;
            case WEBP -> ImageFormat.WEBP;
            case HEIF -> throw new UploadRejected(HEIC_CONVERT_FIRST,
                    "Foto HEIC/HEIF (bawaan iPhone) belum bisa dibaca. Ubah dulu ke JPEG: di iPhone, Pengaturan > Kamera > "
                            + "Format > Paling Kompatibel, atau ekspor fotonya sebagai JPEG.");
            case SVG, OTHER_IMAGE, UNKNOWN -> throw new UploadRejected(UNSUPPORTED_TYPE,
                    "Isi berkas bukan JPEG, PNG atau WebP.");
        };
        Optional<ImageFormat> claimedFormat = ImageFormat.ofMediaType(claimed);
        boolean claimsNothing = claimed.isBlank() || claimed.startsWith("application/octet-stream");
        if (!claimsNothing && claimedFormat.map(f -> f != actual).orElse(true)) {
            throw new UploadRejected(TYPE_MISMATCH, "Berkas mengaku %s, tetapi isinya %s."
                    .formatted(claimedMediaType, actual.mediaType()));
        }
        return actual;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}

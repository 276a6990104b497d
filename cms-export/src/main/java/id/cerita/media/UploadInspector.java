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
    private final ImagingMemory memory;

    public UploadInspector(UploadLimits limits, ImagingMemory memory) {
        this.limits = limits;
        this.memory = memory;
    }

    /** Checks and decodes at full size (or as large as the imaging memory allows), holding its share of that memory. */
    public AcceptedImage inspect(byte[] bytes, String claimedMediaType) {
        DeclaredImage declared = check(bytes, claimedMediaType);
        DecodePlan plan = DecodePlan.fullSizeWithin(declared, memory.capacityBytes());
        return memory.within(plan.bytes(), () -> decode(bytes, declared, plan.subsampling()));
    }

    /** Everything that can be told without decoding: emptiness, size, real type, declared pixels, orientation. */
    public DeclaredImage check(byte[] bytes, String claimedMediaType) {
        if (bytes.length == 0) {
            throw new UploadRejected(EMPTY, "empty", "Berkasnya kosong (0 byte).");
        }
        if (bytes.length > limits.maxBytes()) {
            throw new UploadRejected(TOO_LARGE, "too-large", "Berkas %s MB melebihi batas %s MB."
                    .formatted(megabytes(bytes.length), megabytes(limits.maxBytes())), bytes.length / MB,
                    limits.maxBytes() / MB);
        }
        ImageFormat format = formatOf(bytes, claimedMediaType);
        HeaderDimensions declared = HeaderDimensions.read(bytes, format).orElseThrow(() ->
                new UploadRejected(CORRUPT, "header-unreadable",
                        "Kepala berkas %s rusak atau terpotong: ukuran gambarnya tidak terbaca.".formatted(format),
                        format.name()));
        if (declared.pixels() > limits.maxPixels()) {
            throw new UploadRejected(TOO_MANY_PIXELS, "too-many-pixels",
                    "Gambar menyatakan %d × %d piksel, lebih dari batas %d megapiksel."
                        .formatted(declared.width(), declared.height(), limits.maxPixels() / 1_000_000),
                    declared.width(), declared.height(), limits.maxPixels() / 1_000_000);
        }
        return new DeclaredImage(format, declared.width(), declared.height(), ExifOrientation.of(bytes),
                Decoder.rasterBytesPerPixel(bytes, format));
    }

    /**
     * Decodes the checked bytes (every {@code subsampling}-th pixel), upright and in sRGB; the caller holds the
     * {@link ImagingMemory} the {@link DecodePlan} asked for. {@link UploadRejected} when the picture is damaged.
     */
    public AcceptedImage decode(byte[] bytes, DeclaredImage declared, int subsampling) {
        try {
            BufferedImage upright = ExifOrientation.apply(Rgb.normalise(Decoder.decode(bytes, declared.format(), subsampling)),
                    declared.orientation());
            return new AcceptedImage(declared.format(), declared.uprightWidth(), declared.uprightHeight(),
                    declared.orientation(), upright);
        } catch (Decoder.DamagedImageException e) {
            throw new UploadRejected(CORRUPT, "damaged", e, "Gambar rusak atau terpotong (" + e.getMessage() + ").",
                    e.getMessage());
        }
    }

    /** {@link UploadRejected} when making the derivatives would need more than the whole imaging memory. */
    DecodePlan planDerivatives(DeclaredImage declared, DerivativeSettings settings) {
        DecodePlan plan = DecodePlan.forDerivatives(declared, settings);
        if (!memory.canEverFit(plan.bytes())) {
            throw new UploadRejected(TOO_MANY_PIXELS, "needs-memory",
                    "Gambar %d × %d piksel butuh %d MiB memori untuk diproses; server ini hanya menyediakan %d MiB."
                        .formatted(declared.width(), declared.height(), plan.bytes() >> 20, memory.capacityBytes() >> 20),
                    declared.width(), declared.height(), plan.bytes() >> 20, memory.capacityBytes() >> 20);
        }
        return plan;
    }

    ImagingMemory memory() {
        return memory;
    }

    private static ImageFormat formatOf(byte[] bytes, String claimedMediaType) {
        String claimed = claimedMediaType == null ? "" : claimedMediaType.toLowerCase(Locale.ROOT);
        SniffedType sniffed = SniffedType.of(bytes);
        if (claimed.startsWith("image/svg") || sniffed == SniffedType.SVG) {
            throw new UploadRejected(SVG_REFUSED, "svg", "SVG tidak diterima karena dapat memuat skrip. Unggah JPEG, PNG atau WebP.");
        }
        ImageFormat actual = switch (sniffed) {
            case JPEG -> ImageFormat.JPEG;
            case PNG -> ImageFormat.PNG;
            case WEBP -> ImageFormat.WEBP;
            case HEIF -> throw new UploadRejected(HEIC_CONVERT_FIRST, "heic",
                    "Foto HEIC/HEIF (bawaan iPhone) belum bisa dibaca. Ubah dulu ke JPEG: di iPhone, Pengaturan > Kamera > "
                            + "Format > Paling Kompatibel, atau ekspor fotonya sebagai JPEG.");
            case SVG, OTHER_IMAGE, UNKNOWN -> throw new UploadRejected(UNSUPPORTED_TYPE, "unsupported",
                    "Isi berkas bukan JPEG, PNG atau WebP.");
        };
        Optional<ImageFormat> claimedFormat = ImageFormat.ofMediaType(claimed);
        boolean claimsNothing = claimed.isBlank() || claimed.startsWith("application/octet-stream");
        if (!claimsNothing && claimedFormat.map(f -> f != actual).orElse(true)) {
            throw new UploadRejected(TYPE_MISMATCH, "mismatch", "Berkas mengaku %s, tetapi isinya %s."
                    .formatted(claimedMediaType, actual.mediaType()), claimedMediaType, actual.mediaType());
        }
        return actual;
    }

    private static final double MB = 1024.0 * 1024.0;

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}

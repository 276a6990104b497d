package id.cerita.media;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import id.cerita.media.internal.Encoder;
import id.cerita.media.internal.FocalCrop;
import id.cerita.media.internal.Resizer;

/**
 * Makes the derivative set of an original once and keeps it under {@code <cache>/<hash>/<settings>-<focal point>/}.
 * The picture is decoded once; each width is scaled from the next larger one and each crop from the largest,
 * so most of the work is one decode. Derivatives are written from pixels only: no EXIF, GPS or camera data.
 * Decoding and making hold their share of the {@link ImagingMemory} ({@link DecodePlan}); a large original is
 * decoded subsampled when no derivative needs all its pixels, and each derivative is written as soon as it is made.
 */
public final class ImageDerivatives {

    private static final String MANIFEST = "derivatives.tsv";

    private final Path cacheRoot;
    private final DerivativeSettings settings;
    private final UploadInspector inspector;

    public ImageDerivatives(Path cacheRoot, DerivativeSettings settings, UploadInspector inspector) {
        this.cacheRoot = cacheRoot.toAbsolutePath().normalize();
        this.settings = settings;
        this.inspector = inspector;
    }

    public DerivativeSettings settings() {
        return settings;
    }

    /** The cached set, else decodes {@code original} (bytes as stored) and makes it. */
    public DerivativeSet derive(ContentHash hash, byte[] original, FocalPoint focus) {
        Optional<DerivativeSet> cached = cached(hash, focus);
        if (cached.isPresent()) {
            return cached.get();
        }
        DeclaredImage declared = inspector.check(original, null);
        DecodePlan plan = inspector.planDerivatives(declared, settings);
        return inspector.memory().within(plan.bytes(),
                () -> make(hash, inspector.decode(original, declared, plan.subsampling()), focus));
    }

    /**
     * The cached set, else makes it from a picture already decoded by the caller, who holds the imaging memory of
     * {@link DecodePlan#forDerivatives} for it.
     */
    public DerivativeSet derive(ContentHash hash, AcceptedImage upright, FocalPoint focus) {
        return cached(hash, focus).orElseGet(() -> make(hash, upright, focus));
    }

    public Optional<DerivativeSet> cached(ContentHash hash, FocalPoint focus) {
        Path dir = directoryOf(hash, focus);
        Path manifest = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(manifest, StandardCharsets.UTF_8)) {
            List<Derivative> derivatives = lines.filter(l -> !l.isBlank()).map(l -> l.split("\t"))
                    .map(f -> new Derivative(f[0], ImageFormat.valueOf(f[1]), Integer.parseInt(f[2]),
                            Integer.parseInt(f[3]), dir.resolve(f[4])))
                    .toList();
            return Optional.of(new DerivativeSet(hash, focus, derivatives));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes every cached derivative of the original (all settings, all focal points). */
    public void evict(ContentHash hash) throws IOException {
        Path dir = cacheRoot.resolve(hash.hex().substring(0, 2)).resolve(hash.hex());
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Removes the cached sets of the original made for other focal points or other settings than {@code keep}. */
    public void evictAllBut(ContentHash hash, FocalPoint keep) throws IOException {
        Path kept = directoryOf(hash, keep);
        Path dir = kept.getParent();
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> sets = Files.list(dir)) {
            for (Path set : sets.filter(p -> !p.equals(kept) && !p.getFileName().toString().startsWith(".")).toList()) {
                try (Stream<Path> paths = Files.walk(set)) {
                    for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    Path directoryOf(ContentHash hash, FocalPoint focus) {
        String key = String.format(Locale.ROOT, "%s-f%04dx%04d", settings.fingerprint(),
                Math.round(focus.x() * 1000), Math.round(focus.y() * 1000));
        return cacheRoot.resolve(hash.hex().substring(0, 2)).resolve(hash.hex()).resolve(key);
    }

    private DerivativeSet make(ContentHash hash, AcceptedImage upright, FocalPoint focus) {
        Path dir = directoryOf(hash, focus);
        try {
            Files.createDirectories(dir.getParent());
            Path work = Files.createTempDirectory(dir.getParent(), ".making-");
            List<Derivative> made = new ArrayList<>();
            BufferedImage largest = writeWidths(upright.image(), work, made);
            writeCrops(upright.image(), largest, focus, work, made);
            StringBuilder manifest = new StringBuilder();
            for (Derivative d : made) {
                manifest.append("%s\t%s\t%d\t%d\t%s\n".formatted(d.name(), d.format(), d.width(), d.height(),
                        d.file().getFileName()));
            }
            Files.writeString(work.resolve(MANIFEST), manifest, StandardCharsets.UTF_8);
            publish(work, dir);
            return cached(hash, focus).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BufferedImage writeWidths(BufferedImage source, Path work, List<Derivative> made) throws IOException {
        BufferedImage previous = source;
        BufferedImage largest = null;
        int lastWidth = -1;
        for (int requested : settings.widths()) {
            int width = Math.min(requested, source.getWidth());
            if (width == lastWidth) {
                continue;
            }
            previous = Resizer.toWidth(previous, width);
            largest = largest == null ? previous : largest;
            write(previous, "w" + width, work, made);
            lastWidth = width;
        }
        return largest;
    }

    private void writeCrops(BufferedImage source, BufferedImage largest, FocalPoint focus, Path work, List<Derivative> made)
            throws IOException {
        for (CropSpec crop : settings.crops()) {
            BufferedImage from = largest;
            Rectangle region = FocalCrop.region(from.getWidth(), from.getHeight(), crop.ratioWidth(), crop.ratioHeight(), focus);
            if (region.width < crop.width() && from != source) {
                from = source;
                region = FocalCrop.region(from.getWidth(), from.getHeight(), crop.ratioWidth(), crop.ratioHeight(), focus);
            }
            int width = Math.min(crop.width(), region.width);
            write(Resizer.crop(from, region, width, crop.heightFor(width)), crop.name(), work, made);
        }
    }

    private void write(BufferedImage image, String name, Path work, List<Derivative> made) throws IOException {
        for (ImageFormat format : settings.formats()) {
            Path file = work.resolve(name + "." + format.extension());
            try (var out = Files.newOutputStream(file)) {
                Encoder.encode(image, format, settings.qualityOf(format), out);
            }
            made.add(new Derivative(name, format, image.getWidth(), image.getHeight(), file));
        }
    }

    private static void publish(Path work, Path dir) throws IOException {
        try {
            Files.move(work, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.isRegularFile(dir.resolve(MANIFEST))) {
                throw e;
            }
            // another thread made the same set meanwhile: keep theirs
            try (Stream<Path> paths = Files.walk(work)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}

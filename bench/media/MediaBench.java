import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import id.cerita.media.ContentHash;
import id.cerita.media.CropSpec;
import id.cerita.media.ImagingMemory;
import id.cerita.media.DerivativeSet;
import id.cerita.media.DerivativeSettings;
import id.cerita.media.FocalPoint;
import id.cerita.media.ImageDerivatives;
import id.cerita.media.UploadInspector;
import id.cerita.media.UploadLimits;

/**
 * The media benchmark's Java side, run by bench/media/run.sh with the cms-export class path.
 *   generate DIR COUNT WIDTH HEIGHT   writes COUNT photo-like JPEGs (q 90), skipping those already there
 *   derive PHOTOS OUT THREADS         makes the standard derivative set of every photo, THREADS at a time
 *   settings                          prints the standard sizes as "name width height" lines for vipsthumbnail
 */
public class MediaBench {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "generate" -> generate(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "derive" -> derive(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            case "settings" -> settings();
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void settings() {
        DerivativeSettings s = DerivativeSettings.standard();
        for (int w : s.widths()) {
            System.out.println("w" + w + " " + w + " 0");
        }
        for (CropSpec c : s.crops()) {
            System.out.println(c.name() + " " + c.width() + " " + c.heightFor(c.width()));
        }
        System.out.println("formats " + s.formats());
        System.out.printf(Locale.ROOT, "quality %.0f %.0f%n", s.jpegQuality() * 100, s.webpQuality() * 100);
    }

    static void derive(Path photos, Path out, int threads) throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(photos)) {
            files = list.filter(p -> p.toString().endsWith(".jpg")).sorted().toList();
        }
        ImagingMemory memory = ImagingMemory.ofThisJvm(0.4, java.time.Duration.ofMinutes(10));
        UploadInspector inspector = new UploadInspector(UploadLimits.DEFAULTS, memory);
        ImageDerivatives derivatives = new ImageDerivatives(out, DerivativeSettings.standard(), inspector);
        long pixels = 0;
        long start = System.nanoTime();
        int outputs = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<DerivativeSet>> jobs = files.stream().map(f -> pool.submit(() -> {
                byte[] bytes = Files.readAllBytes(f);
                return derivatives.derive(ContentHash.of(bytes), bytes, FocalPoint.CENTRE);
            })).toList();
            for (Future<DerivativeSet> job : jobs) {
                outputs += job.get().derivatives().size();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        for (Path f : files) {
            try (var in = ImageIO.createImageInputStream(f.toFile())) {
                var reader = ImageIO.getImageReaders(in).next();
                reader.setInput(in);
                pixels += (long) reader.getWidth(0) * reader.getHeight(0);
                reader.dispose();
            }
        }
        System.out.printf(Locale.ROOT, "images=%d%noutputs=%d%nseconds=%.2f%nmegapixels=%.1f%n",
                files.size(), outputs, seconds, pixels / 1e6);
    }

    static void generate(Path dir, int count, int width, int height) throws Exception {
        Files.createDirectories(dir);
        try (ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
            List<Future<Object>> jobs = IntStream.range(0, count).mapToObj(i -> pool.<Object>submit(() -> {
                Path file = dir.resolve(String.format(Locale.ROOT, "foto-%03d.jpg", i));
                if (!Files.exists(file)) {
                    writeJpeg(photo(i, width, height), file);
                }
                return null;
            })).toList();
            for (Future<Object> job : jobs) {
                job.get();
            }
        }
    }

    /** Gradients, shapes and sensor-like noise: compresses like a phone photo (several MB at q 90), not like a flat test card. */
    static BufferedImage photo(int seed, int width, int height) {
        SplittableRandom random = new SplittableRandom(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, randomColor(random), width, height, randomColor(random)));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 120; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 60 + random.nextInt(150)));
            int w = 50 + random.nextInt(width / 3);
            int h = 50 + random.nextInt(height / 3);
            if (i % 2 == 0) {
                g.fillOval(random.nextInt(width), random.nextInt(height), w, h);
            } else {
                g.fillRect(random.nextInt(width), random.nextInt(height), w, h);
            }
        }
        g.dispose();
        int[] px = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < px.length; i++) {
            int n = random.nextInt(25) - 12;
            int p = px[i];
            px[i] = clamp((p >> 16 & 0xFF) + n) << 16 | clamp((p >> 8 & 0xFF) + n) << 8 | clamp((p & 0xFF) + n);
        }
        return image;
    }

    private static int clamp(int v) {
        return v < 0 ? 0 : Math.min(255, v);
    }

    private static Color randomColor(SplittableRandom random) {
        return new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256));
    }

    private static void writeJpeg(BufferedImage image, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try (ImageOutputStream out = ImageIO.createImageOutputStream(part.toFile())) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        Files.move(part, file);
    }
}

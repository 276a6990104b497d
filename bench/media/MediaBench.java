import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import id.cerita.media.ContentHash;
import id.cerita.media.CropSpec;
import id.cerita.media.DerivativeSet;
import id.cerita.media.DerivativeSettings;
import id.cerita.media.FocalPoint;
import id.cerita.media.ImageDerivatives;
import id.cerita.media.ImagingMemory;
import id.cerita.media.UploadInspector;
import id.cerita.media.UploadLimits;

/**
 * The media benchmark's Java side, run by bench/media/run.sh with the cms-export class path.
 *   generate DIR COUNT WIDTH HEIGHT   writes COUNT photo-like JPEGs (q 90), skipping those already there
 *   derive PHOTOS OUT THREADS         makes the standard derivative set of every photo, THREADS at a time
 *   settings                          prints the standard sizes as "name width height" lines for vipsthumbnail
 *   overload URL USER PASSWORD COUNT SIDE
 *                                     uploads COUNT different PNGs of SIDE × SIDE pixels at once through the HTTP API
 *                                     and prints each answer's status, Retry-After and time
 */
public class MediaBench {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "generate" -> generate(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "derive" -> derive(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            case "settings" -> settings();
            case "overload" -> overload(URI.create(args[1]), args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void overload(URI base, String user, String password, int count, int side) throws Exception {
        List<byte[]> pngs = IntStream.range(0, count).mapToObj(i -> flatPng(side, side, 0x20 + i * 7)).toList();
        String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        CountDownLatch ready = new CountDownLatch(count);
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(count)) {
            List<Future<String>> answers = IntStream.range(0, count).mapToObj(i -> pool.submit(() -> {
                String boundary = "----bench" + i;
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"besar-" + i
                        + ".png\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.writeBytes(pngs.get(i));
                body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
                HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/media")).timeout(Duration.ofMinutes(5))
                        .header("Authorization", auth).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
                ready.countDown();
                ready.await();
                long sent = System.nanoTime();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                return String.format(Locale.ROOT, "upload=%d status=%d retry-after=%s content-type=%s seconds=%.1f bytes=%d",
                        i, response.statusCode(), response.headers().firstValue("Retry-After").orElse("-"),
                        response.headers().firstValue("Content-Type").orElse("-"), (System.nanoTime() - sent) / 1e9,
                        pngs.get(i).length);
            })).toList();
            for (Future<String> answer : answers) {
                System.out.println(answer.get());
            }
        }
        System.out.printf(Locale.ROOT, "seconds=%.1f%n", (System.nanoTime() - start) / 1e9);
    }

    /** A complete PNG of side × side pixels of one grey, deflated row by row: a few hundred KB, 3 bytes a pixel decoded. */
    static byte[] flatPng(int width, int height, int grey) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        pngChunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        byte[] row = new byte[1 + width * 3];
        Arrays.fill(row, (byte) grey);
        row[0] = 0;
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_COMPRESSION), 65536)) {
            for (int y = 0; y < height; y++) {
                deflate.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pngChunk(out, "IDAT", idat.toByteArray());
        pngChunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void pngChunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
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

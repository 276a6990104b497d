package id.cerita.site.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The visitors' search index: runs the Pagefind binary the jar carries (npm {@code @pagefind/linux-x64}) over a
 * finished build directory, writing the {@code pagefind/} bundle (index, filters, default UI) beside the pages. The
 * binary is copied out of the jar once, into {@code <output root>/.tools/pagefind-<digest>/}, and made executable.
 * Only story pages are read ({@link #GLOB}); their {@code <html lang>} picks the stemmer, and the index is split per
 * language by Pagefind itself.
 */
public final class Pagefind {

    public static final String BUNDLE = "pagefind";
    static final String RESOURCE = "site/pagefind/pagefind_extended";
    /** The story pages ({@code SiteAddresses.storyPath}); listings, terms and the 404 page are not searchable. */
    static final String GLOB = "{id/cerita,en/stories}/*/index.html";

    private static final int BUSY_ATTEMPTS = 6;
    private static volatile String digest;

    /** What the binary is, for the index's fingerprint: a new Pagefind re-indexes. */
    public static String version() {
        load();
        return digest;
    }

    /** Writes {@code site/pagefind/}, replacing nothing: the caller gives a site without one. */
    public static void index(Path site, Path outputRoot) throws IOException {
        Path executable = executable(outputRoot);
        Path log = Files.createTempFile("pagefind-", ".log");
        try {
            Process process = start(new ProcessBuilder(List.of(executable.toString(), "--site", site.toString(),
                    "--output-subdir", BUNDLE, "--glob", GLOB, "--quiet"))
                .redirectErrorStream(true).redirectOutput(log.toFile()));
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("Pagefind failed (exit " + exit + "): "
                        + Files.readString(log, StandardCharsets.UTF_8).strip());
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while Pagefind indexed " + site, e);
        }
        finally {
            Files.deleteIfExists(log);
        }
    }

    /**
     * Starts the binary, again after a moment if Linux says it is busy (ETXTBSY): a process this JVM starts on another
     * thread while the binary is being copied out inherits the copy's open file until it has started itself, and for
     * that moment the binary cannot be run. Seen with two exports in one JVM (the tests run them side by side).
     */
    private static Process start(ProcessBuilder builder) throws IOException, InterruptedException {
        for (int attempt = 1;; attempt++) {
            try {
                return builder.start();
            }
            catch (IOException e) {
                if (attempt == BUSY_ATTEMPTS || !String.valueOf(e.getMessage()).contains("Text file busy")) {
                    throw e;
                }
                Thread.sleep(50L * attempt);
            }
        }
    }

    private static Path executable(Path outputRoot) throws IOException {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new IllegalStateException("The bundled Pagefind binary runs on Linux x64 only, not " + os + "/" + arch);
        }
        load();
        Path dir = outputRoot.resolve(".tools").resolve("pagefind-" + digest.substring(0, 16));
        Path executable = dir.resolve("pagefind");
        if (Files.isExecutable(executable)) {
            return executable;
        }
        Files.createDirectories(dir);
        Path temporary = Files.createTempFile(dir, "pagefind", ".tmp");
        try (InputStream in = open()) {
            Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.move(temporary, executable, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return executable;
    }

    private static InputStream open() {
        InputStream in = Pagefind.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Missing " + RESOURCE + " (the build fetches @pagefind/linux-x64 with npm)");
        }
        return in;
    }

    private static synchronized void load() {
        if (digest != null) {
            return;
        }
        try (InputStream in = open()) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
            digest = HexFormat.of().formatHex(sha.digest());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Pagefind() {
    }
}

package id.cerita.press.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import tools.jackson.databind.json.JsonMapper;

import id.cerita.press.PressKit.KitFile;

/**
 * Collects the kit's files and writes the ZIP with a manifest.json that lists every other file with its size and
 * SHA-256. Already-compressed files (JPEG) are stored, the rest deflated. Reproducible: entries in the order they were
 * added, every one dated at the instant given (the story version's, in UTC), so one story version gives one ZIP.
 */
public final class KitArchive {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private record Entry(String contentType, byte[] bytes) {
    }

    public KitArchive add(String path, String contentType, byte[] bytes) {
        if (entries.putIfAbsent(path, new Entry(contentType, bytes)) != null) {
            throw new IllegalArgumentException("two files at one path in a press kit: " + path);
        }
        return this;
    }

    public List<KitFile> files() {
        List<KitFile> files = new ArrayList<>();
        entries.forEach((path, e) -> files.add(new KitFile(path, e.contentType(), e.bytes().length, sha256(e.bytes()))));
        return files;
    }

    public byte[] zip(Map<String, Object> about, Instant at) {
        Map<String, Object> manifest = new LinkedHashMap<>(about);
        manifest.put("files", files());
        byte[] manifestJson = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
        LocalDateTime time = LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
        int estimate = entries.values().stream().mapToInt(e -> e.bytes().length).sum() + manifestJson.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream(estimate + 4096);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            write(zip, KitLayout.MANIFEST, manifestJson, false, time);
            for (Map.Entry<String, Entry> e : entries.entrySet()) {
                write(zip, e.getKey(), e.getValue().bytes(), e.getKey().endsWith(".jpg"), time);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(ZipOutputStream zip, String path, byte[] bytes, boolean store, LocalDateTime time)
            throws IOException {
        ZipEntry entry = new ZipEntry(path);
        entry.setTimeLocal(time);
        if (store) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(bytes.length);
            entry.setCompressedSize(bytes.length);
            entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

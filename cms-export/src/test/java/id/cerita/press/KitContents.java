package id.cerita.press;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** A press kit ZIP opened the way a newsroom opens it: every entry by its path. */
public record KitContents(Map<String, byte[]> files) {

    public static KitContents of(byte[] zip) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                files.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KitContents(files);
    }

    public byte[] bytes(String path) {
        byte[] bytes = files.get(path);
        if (bytes == null) {
            throw new AssertionError("no " + path + " in the kit; it holds " + files.keySet());
        }
        return bytes;
    }

    public String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }
}

package id.cerita.media;

import java.io.ByteArrayInputStream;
import java.util.Set;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Tag;

/**
 * The original's own metadata as text (camera, capture time, GPS, embedded captions), kept for administrators:
 * it is never copied into a derivative.
 */
public final class OriginalMetadata {

    private static final Set<String> SKIPPED = Set.of("JPEG", "JFIF", "Huffman", "File Type", "PNG-IHDR", "WebP");

    private OriginalMetadata() {
    }

    public static String describe(byte[] original) {
        try {
            StringBuilder text = new StringBuilder();
            for (Directory dir : ImageMetadataReader.readMetadata(new ByteArrayInputStream(original), original.length)
                    .getDirectories()) {
                if (SKIPPED.contains(dir.getName())) {
                    continue;
                }
                for (Tag tag : dir.getTags()) {
                    String value = tag.getDescription();
                    if (value != null && value.length() < 500) {
                        text.append('[').append(dir.getName()).append("] ").append(tag.getTagName()).append(": ")
                                .append(value).append('\n');
                    }
                }
            }
            return text.isEmpty() ? null : text.toString();
        } catch (Exception unreadableMetadata) {
            return null;
        }
    }
}

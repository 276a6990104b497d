package id.cerita.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * {@link MediaStorage} in a directory: {@code <root>/ab/cd/abcd…} (two levels of fan-out by hash prefix).
 * A file is written beside its final place and moved there atomically, so a reader never sees half a file.
 */
public final class DiskMediaStorage implements MediaStorage {

    private final Path root;

    public DiskMediaStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public StoredOriginal store(byte[] bytes, ImageFormat format) throws IOException {
        ContentHash hash = ContentHash.of(bytes);
        Path target = pathOf(hash);
        if (!Files.exists(target)) {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".part");
            try {
                Files.write(temporary, bytes);
                move(temporary, target);
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
        return new StoredOriginal(hash, format, bytes.length);
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException sameContentStoredMeanwhile) {
            // another upload of the same bytes won the race: its file is identical
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public Optional<InputStream> open(ContentHash hash) throws IOException {
        Path path = pathOf(hash);
        return Files.exists(path) ? Optional.of(Files.newInputStream(path)) : Optional.empty();
    }

    @Override
    public boolean contains(ContentHash hash) {
        return Files.exists(pathOf(hash));
    }

    @Override
    public void delete(ContentHash hash) throws IOException {
        Files.deleteIfExists(pathOf(hash));
    }

    Path pathOf(ContentHash hash) {
        String hex = hash.hex();
        return root.resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex);
    }
}

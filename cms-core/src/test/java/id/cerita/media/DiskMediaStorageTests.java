package id.cerita.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskMediaStorageTests {

    @TempDir
    Path root;

    @Test
    void keepsTheBytesUnchangedUnderTheirSha256() throws IOException {
        var storage = new DiskMediaStorage(root);
        byte[] bytes = "not really a jpeg, but bytes are bytes".getBytes(StandardCharsets.UTF_8);

        StoredOriginal stored = storage.store(bytes, ImageFormat.JPEG);

        assertThat(stored.hash()).isEqualTo(ContentHash.of(bytes));
        assertThat(stored.sizeBytes()).isEqualTo(bytes.length);
        try (InputStream in = storage.open(stored.hash()).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        assertThat(storage.pathOf(stored.hash()).toString())
                .endsWith(stored.hash().hex().substring(0, 2) + "/" + stored.hash().hex().substring(2, 4) + "/" + stored.hash().hex());
    }

    @Test
    void storesTheSameContentOnce() throws IOException {
        var storage = new DiskMediaStorage(root);
        byte[] bytes = {1, 2, 3};

        storage.store(bytes, ImageFormat.PNG);
        storage.store(bytes, ImageFormat.PNG);

        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).hasSize(1);
        }
    }

    @Test
    void forgetsWhatItDeletes() throws IOException {
        var storage = new DiskMediaStorage(root);
        StoredOriginal stored = storage.store(new byte[] {9}, ImageFormat.WEBP);

        storage.delete(stored.hash());

        assertThat(storage.contains(stored.hash())).isFalse();
        assertThat(storage.open(stored.hash())).isEmpty();
    }

    @Test
    void placesAFocalPointFromAClickOnTheShownImage() {
        assertThat(FocalPoint.ofClick(300, 50, 400, 200)).isEqualTo(new FocalPoint(0.75, 0.25));
        assertThat(FocalPoint.ofClick(-4, 250, 400, 200)).isEqualTo(new FocalPoint(0, 1));
    }
}

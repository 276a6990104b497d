package id.cerita.media;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code cerita.media.*}: where originals and derivatives live (default {@code <cerita.data-dir>/media}), the largest
 * upload in bytes and the largest picture in pixels (checked from the header, before decoding).
 */
@ConfigurationProperties("cerita.media")
public record MediaProperties(Path directory, Long maxUploadBytes, Long maxPixels) {

    public MediaProperties {
        maxUploadBytes = maxUploadBytes == null ? 30L * 1024 * 1024 : maxUploadBytes;
        maxPixels = maxPixels == null ? 100_000_000L : maxPixels;
    }

    public Path originals(Path dataDir) {
        return base(dataDir).resolve("originals");
    }

    public Path derivatives(Path dataDir) {
        return base(dataDir).resolve("derivatives");
    }

    private Path base(Path dataDir) {
        return directory != null ? directory : dataDir.resolve("media");
    }
}

package id.cerita.media;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code cerita.media.*}: where originals and derivatives live (default {@code <cerita.data-dir>/media}), the largest
 * upload in bytes and the largest picture in pixels (checked from the header, before decoding), the share of the
 * maximum heap that decoding and deriving pictures may take at once ({@code imaging-heap-share}, default 0.4) and how
 * long an upload waits for its share before it is refused with 503 ({@code imaging-wait}, default 20 s).
 * {@code max-upload-bytes} also sets the servlet's multipart limits, so one setting governs both.
 */
@ConfigurationProperties("cerita.media")
public record MediaProperties(Path directory, Long maxUploadBytes, Long maxPixels, Double imagingHeapShare,
                              Duration imagingWait) {

    public MediaProperties {
        maxUploadBytes = maxUploadBytes == null ? 30L * 1024 * 1024 : maxUploadBytes;
        maxPixels = maxPixels == null ? 100_000_000L : maxPixels;
        imagingHeapShare = imagingHeapShare == null ? 0.4 : imagingHeapShare;
        imagingWait = imagingWait == null ? Duration.ofSeconds(20) : imagingWait;
        if (imagingHeapShare <= 0 || imagingHeapShare > 0.9) {
            throw new IllegalArgumentException("cerita.media.imaging-heap-share is a share of the heap, above 0 and at most 0.9");
        }
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

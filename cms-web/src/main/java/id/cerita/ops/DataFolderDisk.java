package id.cerita.ops;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.application.DiskSpaceHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Readiness watches the free space of the disk the data folder is on. Boot's own check reads the folder itself and
 * reports an empty disk for a folder not made yet (a first start, a fresh checkout): this one measures the nearest
 * folder that exists on the way to it, which is on the same disk.
 */
@Configuration(proxyBeanMethods = false)
class DataFolderDisk {

    @Bean
    DiskSpaceHealthIndicator diskSpaceHealthIndicator(@Value("${cerita.data-dir}") Path dataDir,
            @Value("${management.health.diskspace.threshold:10MB}") DataSize threshold) {
        Path existing = dataDir.toAbsolutePath().normalize();
        while (existing != null && !Files.isDirectory(existing)) {
            existing = existing.getParent();
        }
        return new DiskSpaceHealthIndicator(existing == null ? new File(".") : existing.toFile(), threshold);
    }
}

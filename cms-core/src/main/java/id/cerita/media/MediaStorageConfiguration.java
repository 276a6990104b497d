package id.cerita.media;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Originals on disk unless another {@link MediaStorage} (e.g. an S3-compatible one) is defined. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MediaProperties.class)
class MediaStorageConfiguration {

    @Bean
    @ConditionalOnMissingBean(MediaStorage.class)
    MediaStorage diskMediaStorage(MediaProperties properties, @Value("${cerita.data-dir:./data}") Path dataDir) {
        return new DiskMediaStorage(properties.originals(dataDir));
    }
}

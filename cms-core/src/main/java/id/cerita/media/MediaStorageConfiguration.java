package id.cerita.media;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.cerita.common.CeritaProperties;

/** Originals on disk unless another {@link MediaStorage} (e.g. an S3-compatible one) is defined. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ MediaProperties.class, CeritaProperties.class })
class MediaStorageConfiguration {

    @Bean
    @ConditionalOnMissingBean(MediaStorage.class)
    MediaStorage diskMediaStorage(MediaProperties properties, CeritaProperties settings) {
        return new DiskMediaStorage(properties.originals(settings.dataDir()));
    }
}

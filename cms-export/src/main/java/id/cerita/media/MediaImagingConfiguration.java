package id.cerita.media;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.cerita.common.CeritaProperties;

/** The imaging engines, built once: one imaging memory budget for the whole application, so memory stays bounded. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CeritaProperties.class)
class MediaImagingConfiguration {

    @Bean
    ImagingMemory imagingMemory(MediaProperties properties) {
        return ImagingMemory.ofThisJvm(properties.imagingHeapShare(), properties.imagingWait());
    }

    @Bean
    UploadInspector uploadInspector(MediaProperties properties, ImagingMemory memory) {
        return new UploadInspector(new UploadLimits(properties.maxUploadBytes(), properties.maxPixels()), memory);
    }

    @Bean
    ImageDerivatives imageDerivatives(MediaProperties properties, CeritaProperties settings,
            UploadInspector inspector) {
        return new ImageDerivatives(properties.derivatives(settings.dataDir()), DerivativeSettings.standard(), inspector);
    }

    @Bean
    PressRenditions pressRenditions(UploadInspector inspector) {
        return new PressRenditions(inspector, 0.92f);
    }
}

package id.cerita.media;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The imaging engines, built once: one imaging memory budget for the whole application, so memory stays bounded. */
@Configuration(proxyBeanMethods = false)
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
    ImageDerivatives imageDerivatives(MediaProperties properties, @Value("${cerita.data-dir:./data}") Path dataDir,
            UploadInspector inspector) {
        return new ImageDerivatives(properties.derivatives(dataDir), DerivativeSettings.standard(), inspector);
    }

    @Bean
    PressRenditions pressRenditions(UploadInspector inspector) {
        return new PressRenditions(inspector, 0.92f);
    }
}

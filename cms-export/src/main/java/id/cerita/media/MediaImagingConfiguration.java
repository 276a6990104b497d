package id.cerita.media;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The imaging engines, built once: one decode gate for the whole application, so memory stays bounded. */
@Configuration(proxyBeanMethods = false)
class MediaImagingConfiguration {

    @Bean
    DecodeGate decodeGate() {
        return DecodeGate.forThisMachine();
    }

    @Bean
    UploadInspector uploadInspector(MediaProperties properties, DecodeGate gate) {
        return new UploadInspector(new UploadLimits(properties.maxUploadBytes(), properties.maxPixels()), gate);
    }

    @Bean
    ImageDerivatives imageDerivatives(MediaProperties properties, @Value("${cerita.data-dir:./data}") Path dataDir,
            UploadInspector inspector, DecodeGate gate) {
        return new ImageDerivatives(properties.derivatives(dataDir), DerivativeSettings.standard(), inspector, gate);
    }

    @Bean
    PressRenditions pressRenditions(UploadInspector inspector, DecodeGate gate) {
        return new PressRenditions(inspector, gate, 0.92f);
    }
}

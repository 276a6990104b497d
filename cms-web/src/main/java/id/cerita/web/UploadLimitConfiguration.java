package id.cerita.web;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.cerita.media.MediaProperties;

/**
 * The servlet's multipart limits come from the one upload setting, {@code cerita.media.max-upload-bytes}: a file
 * over it is refused while it is read (413 problem detail), never buffered in full and refused later.
 * Replaces Spring Boot's multipart configuration (so {@code spring.servlet.multipart.*} sizes are not used).
 */
@Configuration(proxyBeanMethods = false)
class UploadLimitConfiguration {

    /** Room for the multipart envelope and the form's other fields beside the file. */
    private static final long ENVELOPE_BYTES = 256 * 1024;

    @Bean
    MultipartConfigElement multipartConfigElement(MediaProperties media) {
        return new MultipartConfigElement("", media.maxUploadBytes(), media.maxUploadBytes() + ENVELOPE_BYTES, 1024 * 1024);
    }
}

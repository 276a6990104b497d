package id.cerita.media.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import id.cerita.media.Derivative;
import id.cerita.media.ImageFormat;
import id.cerita.media.MediaAsset;
import id.cerita.media.MediaIntake;

/** Serving an image's files: derivatives, the press rendition, and the original (staff only: it carries GPS). */
@Component
class MediaFileResponses {

    private final MediaIntake intake;

    MediaFileResponses(MediaIntake intake) {
        this.intake = intake;
    }

    ResponseEntity<?> derivative(MediaAsset asset, String name, String ext) {
        ImageFormat format = switch (ext.toLowerCase(Locale.ROOT)) {
            case "jpg", "jpeg" -> ImageFormat.JPEG;
            case "webp" -> ImageFormat.WEBP;
            default -> null;
        };
        if (format == null) {
            return ResponseEntity.notFound().build();
        }
        return intake.derivativesOf(asset).find(name, format)
                .<ResponseEntity<?>>map(d -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(format.mediaType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePrivate())
                        .body(new FileSystemResource(d.file())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    ResponseEntity<byte[]> press(MediaAsset asset) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("cerita-" + asset.id() + ".jpg").build().toString())
                .body(intake.pressRendition(asset));
    }

    ResponseEntity<byte[]> original(MediaAsset asset, Authentication user) {
        if (!Roles.isStaff(user)) {
            return ResponseEntity.status(403).build();
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(asset.format().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(asset.originalFilename() == null ? asset.hash().hex() + "." + asset.format().extension()
                                : asset.originalFilename()).build().toString())
                .body(intake.original(asset));
    }

    static String widthsSrcset(Iterable<Derivative> widths, String urlPrefix, long version) {
        StringBuilder srcset = new StringBuilder();
        for (Derivative d : widths) {
            if (!srcset.isEmpty()) {
                srcset.append(", ");
            }
            srcset.append(urlPrefix).append(d.name()).append('.').append(d.format().extension()).append("?v=")
                    .append(version).append(' ').append(d.width()).append('w');
        }
        return srcset.toString();
    }
}

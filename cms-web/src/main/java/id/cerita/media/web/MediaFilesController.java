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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import id.cerita.common.MediaId;
import id.cerita.media.Derivative;
import id.cerita.media.ImageFormat;
import id.cerita.media.MediaAsset;
import id.cerita.media.MediaIntake;
import id.cerita.media.MediaLibrary;
import id.cerita.media.PressImages;
import id.cerita.web.ApiController;

/**
 * An image's files, one set of endpoints for the pages ({@code /media/...}) and the API ({@code /api/media/...}):
 * derivatives, the press rendition, and the original (staff only: it carries GPS). The newsroom sees every image; a
 * journalist only what {@link PressImages} releases, anything else does not exist for them (404).
 */
@ApiController
@PreAuthorize("@capability.granted(authentication, 'READ_PUBLISHED')")
class MediaFilesController {

    private final MediaIntake intake;
    private final MediaLibrary library;
    private final PressImages press;

    MediaFilesController(MediaIntake intake, MediaLibrary library, PressImages press) {
        this.intake = intake;
        this.library = library;
        this.press = press;
    }

    private boolean mayServe(MediaAsset asset, Authentication user) {
        return Roles.isStaff(user) || press.released(asset);
    }

    @GetMapping({ "/media/{id}/files/{name}.{ext}", "/api/media/{id}/files/{name}.{ext}" })
    ResponseEntity<?> derivative(@PathVariable MediaId id, @PathVariable String name, @PathVariable String ext,
            Authentication user) {
        MediaAsset asset = library.require(id);
        if (!mayServe(asset, user)) {
            return ResponseEntity.notFound().build();
        }
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

    @GetMapping({ "/media/{id}/press.jpg", "/api/media/{id}/press.jpg" })
    ResponseEntity<byte[]> press(@PathVariable MediaId id, Authentication user) {
        MediaAsset asset = library.require(id);
        if (!mayServe(asset, user)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("cerita-" + asset.id() + ".jpg").build().toString())
                .body(intake.pressRendition(asset).jpeg());
    }

    @PreAuthorize("@capability.granted(authentication, 'USE_NEWSROOM')") // the newsroom only: an original may carry GPS
    @GetMapping({ "/media/{id}/original", "/api/media/{id}/original" })
    ResponseEntity<byte[]> original(@PathVariable MediaId id, Authentication user) {
        MediaAsset asset = library.require(id);
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

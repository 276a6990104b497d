package id.cerita.media.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

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
import id.cerita.media.MediaLibrary;
import id.cerita.story.Audience;
import id.cerita.story.StoryReader;

/** Serving an image's files: derivatives, the press rendition, and the original (staff only: it carries GPS). */
@Component
class MediaFileResponses {

    private final MediaIntake intake;
    private final MediaLibrary library;
    private final StoryReader reader;

    MediaFileResponses(MediaIntake intake, MediaLibrary library, StoryReader reader) {
        this.intake = intake;
        this.library = library;
        this.reader = reader;
    }

    /**
     * Staff see every image. Anyone else (a journalist) only an image of a story the press may see now, and an image
     * showing the story's alumnus only with their PHOTO consent; otherwise the image does not exist for them (404).
     */
    boolean mayServe(MediaAsset asset, Authentication user) {
        if (Roles.isStaff(user)) {
            return true;
        }
        return library.usages(asset.id()).stream()
            .map(usage -> reader.published(usage.storyId(), Audience.PRESS))
            .flatMap(Optional::stream)
            .anyMatch(story -> story.mayShowPhoto(story.features(asset.peopleShown())));
    }

    ResponseEntity<?> derivative(MediaAsset asset, String name, String ext, Authentication user) {
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

    ResponseEntity<byte[]> press(MediaAsset asset, Authentication user) {
        if (!mayServe(asset, user)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("cerita-" + asset.id() + ".jpg").build().toString())
                .body(intake.pressRendition(asset).jpeg());
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

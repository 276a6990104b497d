package id.cerita.press.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import id.cerita.press.PressKit;

/** A kit as an HTTP download: a ZIP attachment, never cached by shared caches (it may be embargoed). */
final class PressKitResponses {

    static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private PressKitResponses() {
    }

    static ResponseEntity<byte[]> download(PressKit kit) {
        return ResponseEntity.ok()
            .contentType(ZIP)
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(kit.fileName(), StandardCharsets.UTF_8).build().toString())
            .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
            .header("X-Press-Kit-Embargoed", String.valueOf(kit.embargoed()))
            .body(kit.zip());
    }
}

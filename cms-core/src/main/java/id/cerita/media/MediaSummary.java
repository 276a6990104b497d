package id.cerita.media;

import java.time.Instant;

import id.cerita.common.MediaId;

/** A library row: enough to show a thumbnail, its words and how often it is used. */
public record MediaSummary(MediaId id, ContentHash hash, int width, int height, String originalFilename, String altText,
                           String caption, String credit, Instant uploadedAt, long version, int uses) {

    public boolean hasAltText() {
        return altText != null && !altText.isBlank();
    }
}

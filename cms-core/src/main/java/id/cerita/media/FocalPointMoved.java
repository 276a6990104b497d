package id.cerita.media;

import java.util.UUID;

/** The focal point moved: every crop of the image is made again around it. */
public record FocalPointMoved(UUID mediaId, ContentHash hash, FocalPoint focalPoint, String by) {
}

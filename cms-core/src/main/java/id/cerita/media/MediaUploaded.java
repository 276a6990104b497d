package id.cerita.media;

import java.util.UUID;

/** An original was stored and entered the library. */
public record MediaUploaded(UUID mediaId, ContentHash hash, String by) {
}

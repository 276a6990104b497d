package id.cerita.media;

import java.util.UUID;

/** An unused image left the library; its original and derivatives may be removed once this commits. */
public record MediaDeleted(UUID mediaId, ContentHash hash, String by) {
}

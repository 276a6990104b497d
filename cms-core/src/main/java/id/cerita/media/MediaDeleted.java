package id.cerita.media;


import id.cerita.common.MediaId;

/** An unused image left the library; its original and derivatives may be removed once this commits. */
public record MediaDeleted(MediaId mediaId, ContentHash hash, String by) {
}

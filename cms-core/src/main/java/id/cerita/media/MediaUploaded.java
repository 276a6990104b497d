package id.cerita.media;


import id.cerita.common.MediaId;

/** An original was stored and entered the library. */
public record MediaUploaded(MediaId mediaId, ContentHash hash, String by) {
}

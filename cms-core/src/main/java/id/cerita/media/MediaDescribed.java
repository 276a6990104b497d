package id.cerita.media;


import id.cerita.common.MediaId;

/** Alt text, caption, credit, copyright holder or people shown changed. */
public record MediaDescribed(MediaId mediaId, String by) {
}

package id.cerita.media;


import id.cerita.common.MediaId;

/** Something about a story's images that stops it being published. */
public record PublicationProblem(MediaId mediaId, String code, String message) {
}

package id.cerita.media;


import id.cerita.common.MediaId;

/** The focal point moved: every crop of the image is made again around it. */
public record FocalPointMoved(MediaId mediaId, ContentHash hash, FocalPoint focalPoint, String by) {
}

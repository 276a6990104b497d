package id.cerita.media;

/** A press rendition: the full-resolution JPEG with its caption embedded, and its size (upright, as the file is). */
public record PressRendition(byte[] jpeg, int width, int height) {
}

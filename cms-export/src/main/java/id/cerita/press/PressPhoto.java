package id.cerita.press;

import id.cerita.media.FocalPoint;

/**
 * A high-resolution photo ready for the press: the JPEG already carries its caption, credit and copyright as IPTC/XMP
 * (see {@code id.cerita.media.PressRenditions}). {@code showsPerson} marks photos of the featured alumnus: those go
 * into a kit only with their PHOTO consent.
 */
public record PressPhoto(String fileName, byte[] jpeg, int width, int height, FocalPoint focalPoint, String caption,
        String credit, String copyrightNotice, boolean showsPerson) {

    public PressPhoto {
        if (!fileName.matches("[a-z0-9][a-z0-9._-]*\\.jpe?g")) {
            throw new IllegalArgumentException("a press photo file name is lower-case, safe and .jpg: " + fileName);
        }
        focalPoint = focalPoint == null ? FocalPoint.CENTRE : focalPoint;
    }
}

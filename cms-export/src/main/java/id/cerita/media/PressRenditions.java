package id.cerita.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import id.cerita.media.internal.Encoder;
import id.cerita.media.internal.HeaderDimensions;
import id.cerita.media.internal.PressMetadataWriter;

/**
 * Full-resolution JPEG for journalists: upright, sRGB, high quality, with the caption, credit, copyright notice
 * and creator embedded as IPTC IIM and XMP (Apache Commons Imaging), so the caption stays with the file. Like every
 * derivative it is encoded from pixels only, so the original's GPS and camera data do not travel.
 */
public final class PressRenditions {

    private final UploadInspector inspector;
    private final DecodeGate gate;
    private final float quality;

    public PressRenditions(UploadInspector inspector, DecodeGate gate, float quality) {
        this.inspector = inspector;
        this.gate = gate;
        this.quality = quality;
    }

    public byte[] render(byte[] original, PressCaption caption) {
        long pixels = HeaderDimensions.read(original, ImageFormat.JPEG).map(HeaderDimensions::pixels)
                .or(() -> HeaderDimensions.read(original, ImageFormat.PNG).map(HeaderDimensions::pixels))
                .orElse(1L);
        return gate.through(pixels, () -> {
            AcceptedImage upright = inspector.inspectUngated(original, null);
            try {
                byte[] pixelsOnly = Encoder.encode(upright.image(), ImageFormat.JPEG, quality);
                ByteArrayOutputStream out = new ByteArrayOutputStream(pixelsOnly.length + 4096);
                PressMetadataWriter.embed(pixelsOnly, caption, out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}

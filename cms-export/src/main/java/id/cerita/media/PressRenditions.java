package id.cerita.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import id.cerita.media.internal.Encoder;
import id.cerita.media.internal.PressMetadataWriter;

/**
 * Full-resolution JPEG for journalists: upright, sRGB, high quality, with the caption, credit, copyright notice
 * and creator embedded as IPTC IIM and XMP (Apache Commons Imaging), so the caption stays with the file. Like every
 * derivative it is encoded from pixels only, so the original's GPS and camera data do not travel.
 */
public final class PressRenditions {

    private final UploadInspector inspector;
    private final float quality;

    public PressRenditions(UploadInspector inspector, float quality) {
        this.inspector = inspector;
        this.quality = quality;
    }

    public byte[] render(byte[] original, PressCaption caption) {
        DeclaredImage declared = inspector.check(original, null);
        DecodePlan plan = DecodePlan.fullSizeWithin(declared, inspector.memory().capacityBytes());
        return inspector.memory().within(plan.bytes(), () -> {
            AcceptedImage upright = inspector.decode(original, declared, plan.subsampling());
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

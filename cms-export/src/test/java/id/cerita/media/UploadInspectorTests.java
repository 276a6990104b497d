package id.cerita.media;

import static id.cerita.media.UploadRejected.Reason.CORRUPT;
import static id.cerita.media.UploadRejected.Reason.EMPTY;
import static id.cerita.media.UploadRejected.Reason.HEIC_CONVERT_FIRST;
import static id.cerita.media.UploadRejected.Reason.SVG_REFUSED;
import static id.cerita.media.UploadRejected.Reason.TOO_LARGE;
import static id.cerita.media.UploadRejected.Reason.TOO_MANY_PIXELS;
import static id.cerita.media.UploadRejected.Reason.TYPE_MISMATCH;
import static id.cerita.media.UploadRejected.Reason.UNSUPPORTED_TYPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;


class UploadInspectorTests {

    private final UploadInspector inspector = new UploadInspector(UploadLimits.DEFAULTS, ImagingMemory.ofThisJvm(0.4, java.time.Duration.ofSeconds(20)));

    @Test
    void acceptsJpegPngAndWebpByTheirBytes() {
        assertThat(inspector.inspect(CraftedImages.jpeg(120, 80), "image/jpeg").format()).isEqualTo(ImageFormat.JPEG);
        assertThat(inspector.inspect(CraftedImages.png(120, 80), "image/png").format()).isEqualTo(ImageFormat.PNG);
        AcceptedImage webp = inspector.inspect(CraftedImages.webp(120, 80), "image/webp");
        assertThat(webp.format()).isEqualTo(ImageFormat.WEBP);
        assertThat(webp.width()).isEqualTo(120);
        assertThat(webp.height()).isEqualTo(80);
    }

    @Test
    void acceptsAnUnclaimedTypeFromItsBytes() {
        assertThat(inspector.inspect(CraftedImages.png(30, 20), "application/octet-stream").format()).isEqualTo(ImageFormat.PNG);
    }

    @Test
    void refusesBytesThatAreNotTheClaimedType() {
        assertRejected(CraftedImages.png(30, 20), "image/jpeg", TYPE_MISMATCH);
        assertRejected("this is a text file renamed to photo.jpg".getBytes(StandardCharsets.UTF_8), "image/jpeg", UNSUPPORTED_TYPE);
        assertRejected(new byte[] {'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0}, "image/gif", UNSUPPORTED_TYPE);
    }

    @Test
    void refusesTruncatedImages() {
        assertRejected(CraftedImages.truncated(CraftedImages.jpeg(400, 300), 0.6), "image/jpeg", CORRUPT);
        assertRejected(CraftedImages.truncated(CraftedImages.png(400, 300), 0.6), "image/png", CORRUPT);
        assertRejected(CraftedImages.truncated(CraftedImages.jpeg(400, 300), 0.001), "image/jpeg", CORRUPT);
    }

    @Test
    void refusesAFileOverTheSizeLimit() {
        var strict = new UploadInspector(new UploadLimits(1_000, 100_000_000), ImagingMemory.ofThisJvm(0.4, java.time.Duration.ofSeconds(20)));
        assertThatThrownBy(() -> strict.inspect(CraftedImages.jpeg(400, 300), "image/jpeg"))
                .isInstanceOfSatisfying(UploadRejected.class, e -> assertThat(e.reason()).isEqualTo(TOO_LARGE));
    }

    @Test
    void refusesADecompressionBombFromItsHeaderBeforeDecoding() {
        byte[] pngBomb = CraftedImages.pngDeclaring(100_000, 100_000);
        byte[] jpegBomb = CraftedImages.jpegDeclaring(60_000, 60_000);
        assertThat(pngBomb.length).isLessThan(100);

        // decoding either would fail as CORRUPT (or exhaust memory): TOO_MANY_PIXELS shows the header was judged first
        assertRejected(pngBomb, "image/png", TOO_MANY_PIXELS);
        assertRejected(jpegBomb, "image/jpeg", TOO_MANY_PIXELS);
        assertRejected(CraftedImages.pngDeclaring(12_000, 9_000), "image/png", TOO_MANY_PIXELS);
    }

    @Test
    void refusesSvgBecauseItCanCarryScript() {
        assertRejected(CraftedImages.svgWithScript(), "image/svg+xml", SVG_REFUSED);
        assertRejected(CraftedImages.svgWithScript(), "image/png", SVG_REFUSED);
    }

    @Test
    void asksForHeicToBeConvertedFirst() {
        assertThatThrownBy(() -> inspector.inspect(CraftedImages.heicHeader(), "image/heic"))
                .isInstanceOfSatisfying(UploadRejected.class, e -> {
                    assertThat(e.reason()).isEqualTo(HEIC_CONVERT_FIRST);
                    assertThat(e.getMessage()).contains("JPEG");
                });
    }

    @Test
    void refusesAnEmptyFile() {
        assertRejected(new byte[0], "image/jpeg", EMPTY);
    }

    @Test
    void turnsAPhoneShotUprightByItsExifOrientation() {
        byte[] sideways = CraftedImages.withExif(CraftedImages.jpeg(200, 100), 6, false);

        AcceptedImage upright = inspector.inspect(sideways, "image/jpeg");

        assertThat(upright.exifOrientation()).isEqualTo(6);
        assertThat(upright.width()).isEqualTo(100);
        assertThat(upright.height()).isEqualTo(200);
        // left half was red, right half blue; turned 90° clockwise, red is on top and blue at the bottom
        assertThat(isReddish(upright.image().getRGB(50, 20))).isTrue();
        assertThat(isBluish(upright.image().getRGB(50, 180))).isTrue();
    }

    private void assertRejected(byte[] bytes, String claimed, UploadRejected.Reason reason) {
        assertRejected(inspector, bytes, claimed, reason);
    }

    private static void assertRejected(UploadInspector inspector, byte[] bytes, String claimed, UploadRejected.Reason reason) {
        assertThatThrownBy(() -> inspector.inspect(bytes, claimed))
                .isInstanceOfSatisfying(UploadRejected.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    static boolean isReddish(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 180 && c.getBlue() < 80;
    }

    static boolean isBluish(int rgb) {
        Color c = new Color(rgb);
        return c.getBlue() > 180 && c.getRed() < 80;
    }
}

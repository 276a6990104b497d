package id.cerita.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

class QrCodeSvgTests {

    private static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");
    private static final Pattern SIZE = Pattern.compile("viewBox=\"0 0 (\\d+) \\d+\"");

    @Test
    void drawsAQrCodeThatAScannerReadsBack() throws Exception {
        String uri = "otpauth://totp/Cerita%3Adewi?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Cerita";
        String svg = QrCodeSvg.svg(uri);

        // paint the SVG's squares into pixels, four per module, as a camera would see the screen
        Matcher size = SIZE.matcher(svg);
        assertThat(size.find()).isTrue();
        int modules = Integer.parseInt(size.group(1));
        int scale = 4;
        int[] pixels = new int[modules * scale * modules * scale];
        java.util.Arrays.fill(pixels, 0xFFFFFF);
        Matcher dark = MODULE.matcher(svg);
        while (dark.find()) {
            int x = Integer.parseInt(dark.group(1));
            int y = Integer.parseInt(dark.group(2));
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    pixels[(y * scale + dy) * modules * scale + x * scale + dx] = 0;
                }
            }
        }
        var bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(modules * scale, modules * scale, pixels)));
        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(uri);
    }

    @Test
    void handsTheSvgToAnImageAsADataUrl() {
        assertThat(QrCodeSvg.dataUrl("otpauth://totp/x?secret=AAAA")).startsWith("data:image/svg+xml;base64,PHN2Zy");
    }
}

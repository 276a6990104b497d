package id.cerita.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import org.junit.jupiter.api.Test;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.jpeg.JpegDirectory;
import com.drew.metadata.xmp.XmpDirectory;


class PressRenditionsTests {

    private final ImagingMemory memory = ImagingMemory.ofThisJvm(0.4, java.time.Duration.ofSeconds(20));
    private final PressRenditions renditions =
            new PressRenditions(new UploadInspector(UploadLimits.DEFAULTS, memory), 0.92f);

    private final PressCaption caption = new PressCaption(
            "Sari Wulandari, alumni gelombang 12, merangkai buket di tokonya di Sleman.",
            "Tim Komunikasi Cerita", "© 2024 Kementerian Koordinator Bidang Perekonomian", "Budi Santoso");

    @Test
    void embedsCaptionCreditCopyrightAndCreatorAsIptcAndXmp() throws Exception {
        byte[] press = renditions.render(CraftedImages.jpeg(1200, 800), caption);

        Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(press));
        IptcDirectory iptc = metadata.getFirstDirectoryOfType(IptcDirectory.class);
        assertThat(iptc.getString(IptcDirectory.TAG_CAPTION)).isEqualTo(caption.caption());
        assertThat(iptc.getString(IptcDirectory.TAG_CREDIT)).isEqualTo(caption.credit());
        assertThat(iptc.getString(IptcDirectory.TAG_COPYRIGHT_NOTICE)).isEqualTo(caption.copyrightNotice());
        assertThat(iptc.getString(IptcDirectory.TAG_BY_LINE)).isEqualTo(caption.creator());

        var xmp = metadata.getFirstDirectoryOfType(XmpDirectory.class).getXMPMeta();
        assertThat(xmp.getLocalizedText("http://purl.org/dc/elements/1.1/", "description", null, "x-default").getValue())
                .isEqualTo(caption.caption());
        assertThat(xmp.getLocalizedText("http://purl.org/dc/elements/1.1/", "rights", null, "x-default").getValue())
                .isEqualTo(caption.copyrightNotice());
        assertThat(xmp.getArrayItem("http://purl.org/dc/elements/1.1/", "creator", 1).getValue()).isEqualTo("Budi Santoso");
        assertThat(xmp.getPropertyString("http://ns.adobe.com/photoshop/1.0/", "Credit")).isEqualTo(caption.credit());
    }

    @Test
    void convertsAnEmbeddedColourProfileToSrgb() throws Exception {
        // mid grey in linear-light RGB is much lighter in sRGB (about 188 of 255): left unconverted it would stay 128
        byte[] linear = CraftedImages.jpegWithIccProfile(new java.awt.Color(128, 128, 128),
                java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_LINEAR_RGB));

        byte[] press = renditions.render(linear, caption);

        java.awt.image.BufferedImage read = javax.imageio.ImageIO.read(new ByteArrayInputStream(press));
        int green = (read.getRGB(32, 32) >> 8) & 0xFF;
        org.assertj.core.api.Assertions.assertThat(green).isBetween(175, 200);
    }

    @Test
    void keepsFullResolutionUprightWithoutTheOriginalsGps() throws Exception {
        byte[] original = CraftedImages.withExif(CraftedImages.jpeg(1600, 1200), 6, true);

        byte[] press = renditions.render(original, caption);

        Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(press));
        JpegDirectory jpeg = metadata.getFirstDirectoryOfType(JpegDirectory.class);
        assertThat(jpeg.getImageWidth()).isEqualTo(1200);
        assertThat(jpeg.getImageHeight()).isEqualTo(1600);
        assertThat(metadata.getDirectoriesOfType(GpsDirectory.class)).isEmpty();
    }
}

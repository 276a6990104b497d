package id.cerita.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;


class ImageDerivativesTests {

    @TempDir
    Path cache;

    private final ImagingMemory memory = ImagingMemory.ofThisJvm(0.4, java.time.Duration.ofSeconds(20));
    private final UploadInspector inspector = new UploadInspector(UploadLimits.DEFAULTS, memory);

    private ImageDerivatives derivatives() {
        return new ImageDerivatives(cache, DerivativeSettings.standard(), inspector);
    }

    @Test
    void makesEverySrcsetWidthAndCropInJpegAndWebp() {
        byte[] photo = CraftedImages.jpeg(2400, 1600);

        DerivativeSet set = derivatives().derive(ContentHash.of(photo), photo, FocalPoint.CENTRE);

        assertThat(DerivativeSettings.standard().formats()).containsExactly(ImageFormat.JPEG, ImageFormat.WEBP);
        assertThat(set.widths(ImageFormat.JPEG)).extracting(Derivative::width).containsExactly(1920, 1280, 960, 640, 320);
        assertThat(set.widths(ImageFormat.WEBP)).extracting(Derivative::width).containsExactly(1920, 1280, 960, 640, 320);
        assertThat(set.find("w640", ImageFormat.JPEG).orElseThrow().height()).isEqualTo(427);
        assertThat(set.find("16x9", ImageFormat.WEBP).orElseThrow()).extracting(Derivative::width, Derivative::height)
                .containsExactly(1280, 720);
        assertThat(set.find("4x3", ImageFormat.JPEG).orElseThrow()).extracting(Derivative::width, Derivative::height)
                .containsExactly(1200, 900);
        assertThat(set.find("1x1", ImageFormat.JPEG).orElseThrow()).extracting(Derivative::width, Derivative::height)
                .containsExactly(1200, 1200);
        for (Derivative d : set.derivatives()) {
            BufferedImage read = read(d.file());
            assertThat(read.getWidth()).as(d.file().toString()).isEqualTo(d.width());
            assertThat(read.getHeight()).as(d.file().toString()).isEqualTo(d.height());
        }
    }

    @Test
    void neverUpscalesASmallOriginal() {
        byte[] photo = CraftedImages.png(700, 500);

        DerivativeSet set = derivatives().derive(ContentHash.of(photo), photo, FocalPoint.CENTRE);

        assertThat(set.widths(ImageFormat.JPEG)).extracting(Derivative::width).containsExactly(700, 640, 320);
        assertThat(set.find("1x1", ImageFormat.JPEG).orElseThrow().width()).isEqualTo(500);
    }

    @Test
    void keepsTheFocalPointInsideEveryCrop() {
        // a wide picture, red left half, blue right half; focus far right: the square crop must be all blue
        byte[] photo = CraftedImages.jpeg(1600, 400);

        DerivativeSet set = derivatives().derive(ContentHash.of(photo), photo, new FocalPoint(0.95, 0.5));

        BufferedImage square = read(set.find("1x1", ImageFormat.JPEG).orElseThrow().file());
        assertThat(UploadInspectorTests.isBluish(square.getRGB(5, 200))).isTrue();
        assertThat(UploadInspectorTests.isBluish(square.getRGB(square.getWidth() - 5, 200))).isTrue();

        DerivativeSet left = derivatives().derive(ContentHash.of(photo), photo, new FocalPoint(0.02, 0.5));
        BufferedImage leftSquare = read(left.find("1x1", ImageFormat.JPEG).orElseThrow().file());
        assertThat(UploadInspectorTests.isReddish(leftSquare.getRGB(leftSquare.getWidth() - 5, 200))).isTrue();
    }

    @Test
    void stripsGpsAndCameraFromDerivatives() throws Exception {
        byte[] photo = CraftedImages.withExif(CraftedImages.jpeg(1200, 900), 1, true);
        Metadata original = ImageMetadataReader.readMetadata(new java.io.ByteArrayInputStream(photo));
        assertThat(original.getFirstDirectoryOfType(GpsDirectory.class).getGeoLocation().getLatitude())
                .isCloseTo(-6.1754, org.assertj.core.data.Offset.offset(0.001));

        DerivativeSet set = derivatives().derive(ContentHash.of(photo), photo, FocalPoint.CENTRE);

        for (Derivative d : set.derivatives()) {
            Metadata metadata = ImageMetadataReader.readMetadata(d.file().toFile());
            assertThat(metadata.getDirectoriesOfType(GpsDirectory.class)).as(d.file().toString()).isEmpty();
            assertThat(metadata.getDirectoriesOfType(ExifIFD0Directory.class)).as(d.file().toString()).isEmpty();
            for (Directory dir : metadata.getDirectories()) {
                dir.getTags().forEach(tag -> assertThat(tag.getDescription()).doesNotContain("samsung", "SM-A546E"));
            }
        }
    }

    @Test
    void reusesTheCacheAndMakesNewCropsWhenTheFocalPointMoves() throws IOException {
        byte[] photo = CraftedImages.jpeg(1000, 600);
        ContentHash hash = ContentHash.of(photo);
        ImageDerivatives derivatives = derivatives();

        DerivativeSet first = derivatives.derive(hash, photo, FocalPoint.CENTRE);
        Path square = first.find("1x1", ImageFormat.JPEG).orElseThrow().file();
        var madeAt = Files.getLastModifiedTime(square);
        DerivativeSet again = derivatives.derive(hash, new byte[0], FocalPoint.CENTRE);
        DerivativeSet moved = derivatives.derive(hash, photo, new FocalPoint(0.1, 0.1));

        assertThat(again).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(square)).isEqualTo(madeAt);
        assertThat(moved.find("1x1", ImageFormat.JPEG).orElseThrow().file()).isNotEqualTo(square);
        assertThat(Files.readAllBytes(moved.find("1x1", ImageFormat.JPEG).orElseThrow().file()))
                .isNotEqualTo(Files.readAllBytes(square));
    }

    @Test
    void dropsTheCropsOfFormerFocalPoints() {
        byte[] photo = CraftedImages.jpeg(800, 600);
        ContentHash hash = ContentHash.of(photo);
        ImageDerivatives derivatives = derivatives();
        DerivativeSet old = derivatives.derive(hash, photo, FocalPoint.CENTRE);
        DerivativeSet current = derivatives.derive(hash, photo, new FocalPoint(0.7, 0.4));

        try {
            derivatives.evictAllBut(hash, new FocalPoint(0.7, 0.4));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        assertThat(derivatives.cached(hash, FocalPoint.CENTRE)).isEmpty();
        assertThat(old.derivatives().getFirst().file()).doesNotExist();
        assertThat(derivatives.cached(hash, new FocalPoint(0.7, 0.4))).contains(current);
    }

    @Test
    void makesEveryDerivativeOfAHundredMegapixelPictureWithinATightMemoryBudget() {
        byte[] huge = CraftedImages.flatPng(10_000, 10_000);
        ImagingMemory tight = new ImagingMemory(200L * 1024 * 1024, java.time.Duration.ofSeconds(5));
        ImageDerivatives derivatives = new ImageDerivatives(cache, DerivativeSettings.standard(),
                new UploadInspector(UploadLimits.DEFAULTS, tight));

        DerivativeSet set = derivatives.derive(ContentHash.of(huge), huge, FocalPoint.CENTRE);

        assertThat(huge.length).isLessThan(1_000_000);
        assertThat(set.widths(ImageFormat.JPEG)).extracting(Derivative::width).containsExactly(1920, 1280, 960, 640, 320);
        assertThat(set.find("w1920", ImageFormat.JPEG).orElseThrow().height()).isEqualTo(1920);
        // the square crop is at least 1200 px wide (what search engines ask of an article's JSON-LD image)
        assertThat(set.find("1x1", ImageFormat.JPEG).orElseThrow()).extracting(Derivative::width, Derivative::height)
                .containsExactly(1200, 1200);
        assertThat(tight.availableMib()).isEqualTo(200);
    }

    @Test
    void turnsDerivativesOfAPhoneShotUpright() {
        byte[] sideways = CraftedImages.withExif(CraftedImages.jpeg(1600, 800), 6, true);

        DerivativeSet set = derivatives().derive(ContentHash.of(sideways), sideways, FocalPoint.CENTRE);

        Derivative largest = set.widths(ImageFormat.JPEG).getFirst();
        assertThat(largest.width()).isEqualTo(800);
        assertThat(largest.height()).isEqualTo(1600);
        BufferedImage read = read(largest.file());
        assertThat(UploadInspectorTests.isReddish(read.getRGB(400, 100))).isTrue();
        assertThat(UploadInspectorTests.isBluish(read.getRGB(400, 1500))).isTrue();
    }

    private static BufferedImage read(Path file) {
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            assertThat(image).as(file.toString()).isNotNull();
            return image;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

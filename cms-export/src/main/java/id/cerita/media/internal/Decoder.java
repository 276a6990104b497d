package id.cerita.media.internal;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.SampleModel;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import id.cerita.media.ImageFormat;

/**
 * Decodes a whole picture, treating every decoder warning (e.g. "Premature end of JPEG file", which the JDK
 * otherwise papers over with grey) as damage. WebP is read by TwelveMonkeys' pure-Java reader, not by native code.
 */
public final class Decoder {

    static {
        ImageIO.setUseCache(false);
        ImageIO.scanForPlugins();
    }

    private Decoder() {
    }

    /** The decoded picture, or {@link DamagedImageException} when it is incomplete or unreadable. */
    public static BufferedImage decode(byte[] bytes, ImageFormat format) {
        return decode(bytes, format, 1);
    }

    /**
     * The picture decoded keeping every {@code subsampling}-th pixel of every {@code subsampling}-th row, so the raster
     * in memory is {@code subsampling²} times smaller; the whole file is still read, so damage is still found.
     */
    public static BufferedImage decode(byte[] bytes, ImageFormat format, int subsampling) {
        ImageReader reader = readerFor(format);
        List<String> warnings = new ArrayList<>();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.addIIOReadWarningListener((IIOReadWarningListener) (source, warning) -> warnings.add(warning));
            reader.setInput(in, true, true);
            ImageReadParam param = reader.getDefaultReadParam();
            if (subsampling > 1) {
                param.setSourceSubsampling(subsampling, subsampling, 0, 0);
            }
            BufferedImage image = reader.read(0, param);
            if (!warnings.isEmpty()) {
                throw new DamagedImageException(String.join("; ", warnings), null);
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof DamagedImageException damaged) {
                throw damaged;
            }
            throw new DamagedImageException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        } finally {
            reader.dispose();
        }
    }

    /**
     * Bytes per pixel of the raster the reader will decode these bytes into (3 for 8-bit RGB, 4 with alpha, 8 for
     * 16-bit RGBA, …), read from the header only; 8, the most any of our formats takes, when it cannot be told.
     */
    public static int rasterBytesPerPixel(byte[] bytes, ImageFormat format) {
        ImageReader reader = readerFor(format);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
            if (types == null || !types.hasNext()) {
                return 8;
            }
            SampleModel model = types.next().getSampleModel(1, 1);
            int sampleBytes = Math.max(1, DataBuffer.getDataTypeSize(model.getDataType()) / 8);
            return model instanceof SinglePixelPackedSampleModel ? sampleBytes : sampleBytes * model.getNumBands();
        } catch (IOException | RuntimeException unreadableHeader) {
            return 8;
        } finally {
            reader.dispose();
        }
    }

    static ImageReader readerFor(ImageFormat format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(format.mediaType());
        ImageReader chosen = null;
        while (readers.hasNext()) {
            ImageReader candidate = readers.next();
            boolean twelveMonkeys = candidate.getClass().getName().startsWith("com.twelvemonkeys");
            if (chosen == null || (twelveMonkeys && !chosen.getClass().getName().startsWith("com.twelvemonkeys"))) {
                chosen = candidate;
            }
        }
        if (chosen == null) {
            throw new UncheckedIOException(new IOException("no ImageIO reader for " + format));
        }
        return chosen;
    }

    /** The bytes do not decode to a complete picture. */
    public static final class DamagedImageException extends RuntimeException {
        DamagedImageException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

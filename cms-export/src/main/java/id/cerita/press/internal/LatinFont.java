package id.cerita.press.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * A TrueType font cut, once, to the Latin and punctuation blocks Indonesian and English need, without its GSUB table.
 * PDFBox 3 applies GSUB substitutions to every text run it writes by compiling regular expressions each time, which
 * made a one-page release take seconds; Latin text in a press release needs no glyph substitution.
 */
final class LatinFont {

    private static final int[][] RANGES = {
        { 0x0020, 0x024F }, // Basic Latin, Latin-1, Latin Extended-A and -B
        { 0x2000, 0x206F }, // General Punctuation: dashes, quotes, bullet, ellipsis
        { 0x20A0, 0x20CF }, // Currency symbols
        { 0x2100, 0x2122 }, // Letterlike symbols up to the trade mark sign
    };

    /** Every table a TrueType font needs to render; GSUB, GPOS and GDEF (shaping) left out on purpose. */
    private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx",
            "fpgm", "gasp", "name", "OS/2", "post", "cmap");

    private LatinFont() {
    }

    static byte[] withoutShaping(byte[] ttf) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf));
                ByteArrayOutputStream out = new ByteArrayOutputStream(ttf.length / 2)) {
            TTFSubsetter subset = new TTFSubsetter(font, TABLES);
            for (int[] range : RANGES) {
                for (int codePoint = range[0]; codePoint <= range[1]; codePoint++) {
                    subset.add(codePoint);
                }
            }
            subset.writeToStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

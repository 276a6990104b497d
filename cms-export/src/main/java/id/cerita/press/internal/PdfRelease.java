package id.cerita.press.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * The press release as an A4 PDF: XHTML from a Thymeleaf template, laid out by OpenHTMLtoPDF with Inter embedded (subset),
 * which covers Indonesian and English. Tagged for PDF/UA-1 (structure tree, document language and title, every font
 * embedded); headings stay with the block after them; the same story version gives the same bytes
 * ({@link ReproduciblePdf}). The template engine and the font bytes are loaded once.
 */
public final class PdfRelease {

    private static final Map<String, FontFace> FONTS = Map.of(
            "400Regular/Inter_400Regular.ttf", new FontFace(400, FontStyle.NORMAL),
            "400Regular_Italic/Inter_400Regular_Italic.ttf", new FontFace(400, FontStyle.ITALIC),
            "700Bold/Inter_700Bold.ttf", new FontFace(700, FontStyle.NORMAL));

    private record FontFace(int weight, FontStyle style) {
    }

    static final String PRODUCER = "Cerita (OpenHTMLtoPDF, PDFBox)";

    private final TemplateEngine templates;
    private final Map<String, byte[]> fonts;
    private final FontMetricsCache metrics = new FontMetricsCache();

    public PdfRelease() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PdfRelease.class.getClassLoader());
        resolver.setPrefix("press/templates/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        this.templates = new TemplateEngine();
        this.templates.setTemplateResolver(resolver);
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
        this.fonts = Map.copyOf(FONTS.keySet().stream().collect(java.util.stream.Collectors.toMap(f -> f, PdfRelease::font)));
    }

    public byte[] render(PressArticle article) {
        Context context = new Context(article.language().locale(), Map.of("a", article));
        String xhtml = templates.process("release", context);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.withProducer(PRODUCER);
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
        fonts.forEach((file, bytes) -> {
            FontFace face = FONTS.get(file);
            builder.useFont(() -> new java.io.ByteArrayInputStream(bytes), "Inter", face.weight(), face.style(), true);
        });
        builder.addDOMMutator(KeepHeadingsWithNext::mutateDocument);
        builder.withHtmlContent(xhtml, null);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
                PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            PDDocument pdf = renderer.createPDFKeepOpen();
            ReproduciblePdf.fix(pdf, article);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] font(String file) {
        try (InputStream in = PdfRelease.class.getResourceAsStream("/press/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the build: /press/fonts/" + file
                        + " (fetched from npm @expo-google-fonts/inter by cms-export's build)");
            }
            return LatinFont.withoutShaping(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Font metrics shared by every render (OpenHTMLtoPDF's cache store), so each PDF does not measure them again. */
    private static final class FontMetricsCache implements FSCacheEx<String, FSCacheValue> {
        private final Map<String, FSCacheValue> values = new ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            values.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
            return values.computeIfAbsent(key, k -> {
                try {
                    return loader.call();
                } catch (Exception e) {
                    throw new IllegalStateException("font metrics could not be loaded: " + k, e);
                }
            });
        }

        @Override
        public FSCacheValue get(String key) {
            return values.get(key);
        }
    }
}

package id.cerita.press;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.xml.sax.SAXException;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import id.cerita.testsupport.SharedFiles;

/** The official schemas (read from shared/, never copied) and the libraries that read each format back. */
public final class PressFormats {

    private static final Path NINJS = SharedFiles.resolve("schemas/ninjs/ninjs-schema_3.1.json");
    private static final Path GEOJSON = SharedFiles.resolve("schemas/ninjs/validation/test_suite/GeoJSON-schema.json");
    private static final Path NEWSML = SharedFiles.resolve("schemas/newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd");

    private static com.networknt.schema.Schema ninjs;
    private static Schema newsml;

    private PressFormats() {
    }

    /** Errors of a ninjs document against ninjs-schema_3.1.json (draft 2020-12, formats asserted). */
    public static synchronized List<Error> ninjsErrors(byte[] json) {
        if (ninjs == null) {
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    builder -> builder.schemaIdResolvers(ids -> ids
                        .mapPrefix("https://geojson.org/schema/GeoJSON.json", GEOJSON.toUri().toString())
                        .mapPrefix("http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json", NINJS.toUri().toString())));
            ninjs = registry.getSchema(read(NINJS), InputFormat.JSON);
        }
        return ninjs.validate(new String(json, StandardCharsets.UTF_8), InputFormat.JSON,
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
    }

    /** Validates a NewsML-G2 item against the 2.35 all-in-one XSD; throws SAXException with the first problem. */
    public static synchronized void validateNewsMl(byte[] xml) throws SAXException, IOException {
        if (newsml == null) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            newsml = factory.newSchema(NEWSML.toFile());
        }
        newsml.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    public static String pdfText(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

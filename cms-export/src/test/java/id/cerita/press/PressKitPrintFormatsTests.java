package id.cerita.press;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.json.JsonMapper;

import id.cerita.alumni.Alumni;
import id.cerita.coretest.CoreTestApplication;
import id.cerita.course.Courses;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.testsupport.TestDatabases;

/**
 * A story body with a table, a list, a quote and a subheading, as each format of the kit prints it; and the kit's
 * reproducibility. veraPDF validates the release against PDF/UA-1; PDFBox reads back what it carries: a StructTreeRoot
 * with Document, H1/H2, P, L/LI, Table/TR/TH/TD structure elements, /MarkInfo /Marked true, the document language
 * (/Lang), the title shown in the window (/ViewerPreferences /DisplayDocTitle), pdfuaid:part 1 in its XMP metadata,
 * and only embedded fonts (Inter).
 */
@SpringBootTest(classes = CoreTestApplication.class)
@Import(PressTestPorts.class)
class PressKitPrintFormatsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    PressKits kits;
    PressFixtures fixtures;

    @BeforeEach
    void wire(@Autowired PressKits kits, @Autowired Stories stories, @Autowired Courses courses,
            @Autowired Alumni alumni) {
        this.kits = kits;
        this.fixtures = new PressFixtures(stories, courses, alumni);
    }

    @Test
    void givesTheSameBytesForTheSameStoryVersionDownloadedTwice() {
        Story story = fixtures.aPublishedStoryWithATable();

        byte[] first = kits.assemble(story.id(), EmbargoAccess.RELEASED_ONLY).zip();
        byte[] second = kits.assemble(story.id(), EmbargoAccess.RELEASED_ONLY).zip();

        KitContents a = KitContents.of(first);
        KitContents b = KitContents.of(second);
        assertThat(b.files().keySet()).containsExactlyElementsOf(a.files().keySet());
        a.files().forEach((path, bytes) -> assertThat(b.bytes(path)).as(path).isEqualTo(bytes));
        assertThat(second).as("the ZIP itself").isEqualTo(first);
    }

    @Test
    void printsTheBodyTableAsATableInThePdf() throws Exception {
        Story story = fixtures.aPublishedStoryWithATable();

        byte[] pdf = KitContents.of(kits.assemble(story.id(), EmbargoAccess.RELEASED_ONLY).zip()).bytes("id/siaran-pers.pdf");

        String text = PressFormats.pdfText(pdf);
        assertThat(text).doesNotContain("|---").doesNotContain("| 2022")
            .containsPattern("Tahun\\s+Pesanan\\s+Omzet").containsPattern("2024\\s+85\\s+Rp42\\.500\\.000")
            .contains("memotret hasil rias").contains("Media sosial mengubah usaha saya.");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).as("tagged").isNotNull();
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("id");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(PressFixtures.HEADLINE);
            assertThat(new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8))
                .contains("pdfuaid");
            Set<String> tags = new HashSet<>();
            collectTags(doc.getDocumentCatalog().getStructureTreeRoot(), tags);
            assertThat(tags).contains("Table", "TR", "TH", "TD", "P", "L", "LI");
            assertThat(tags).anyMatch(tag -> tag.matches("H\\d?"));
        }
    }

    @Test
    void keepsEverySubheadingOnThePageOfTheParagraphAfterIt() throws Exception {
        StringBuilder body = new StringBuilder("Vita lulus kuliah saat pandemi.\n\n");
        List<String> headings = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            headings.add("Bagian nomor " + i);
            body.append("## Bagian nomor ").append(i).append("\n\n")
                .append("Ia belajar memasarkan jasa rias lewat media sosial. ".repeat(1 + (i * 7) % 9)).append("\n\n");
        }
        Story story = fixtures.aPublishedStoryWithBody(body.toString());

        byte[] pdf = KitContents.of(kits.assemble(story.id(), EmbargoAccess.RELEASED_ONLY).zip()).bytes("id/siaran-pers.pdf");

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(2);
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                List<String> lines = stripper.getText(doc).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.matches("\\d+ / \\d+") && !line.contains(" · "))
                    .toList();
                assertThat(headings).as("last line of page " + page).doesNotContain(lines.getLast());
            }
        }
    }

    @Test
    void writesTheBodyTableAsAWordTableAndUsesWordsHeadingStyles() throws Exception {
        Story story = fixtures.aPublishedStoryWithATable();

        byte[] docx = KitContents.of(kits.assemble(story.id(), EmbargoAccess.RELEASED_ONLY).zip()).bytes("id/siaran-pers.docx");

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getTables()).hasSize(1);
            XWPFTable table = doc.getTables().getFirst();
            assertThat(table.getNumberOfRows()).isEqualTo(3);
            assertThat(table.getRow(0).getTableCells()).extracting(c -> c.getText())
                .containsExactly("Tahun", "Pesanan", "Omzet");
            assertThat(table.getRow(2).getCell(2).getText()).isEqualTo("Rp42.500.000");
            assertThat(styleOf(doc, PressFixtures.HEADLINE)).isEqualTo("Title");
            assertThat(styleOf(doc, "Omzet dari tahun ke tahun")).isEqualTo("Heading1");
            assertThat(styleOf(doc, "Media sosial mengubah usaha saya.")).isEqualTo("Quote");
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(doc.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).noneMatch(t -> t.contains("|"));
        }
    }

    @Test
    void alignsTheBodyTableInColumnsInTheTextFile() {
        Story story = fixtures.aPublishedStoryWithATable();

        String text = KitContents.of(kits.assemble(story.id(), EmbargoAccess.RELEASED_ONLY).zip()).text("id/siaran-pers.txt");

        assertThat(text).contains("""
                Tahun | Pesanan |        Omzet
                ------+---------+-------------
                2022  |      12 |  Rp3.600.000
                2024  |      85 | Rp42.500.000""")
            .contains("• memotret hasil rias\n• membalas pesan pelanggan")
            .contains("    Media sosial mengubah usaha saya.");
    }

    @Test
    void putsTheBodyTableAsXhtmlIntoNinjsAndNewsMl() throws Exception {
        Story story = fixtures.aPublishedStoryWithATable();

        KitContents zip = KitContents.of(kits.assemble(story.id(), EmbargoAccess.RELEASED_ONLY).zip());

        byte[] ninjs = zip.bytes("id/ninjs.json");
        assertThat(PressFormats.ninjsErrors(ninjs)).isEmpty();
        String html = JSON.readTree(ninjs).get("bodies").get(0).get("value").asString();
        assertThat(html).contains("<table>").contains("<th>Tahun</th>").contains("<td align=\"right\">Rp42.500.000</td>")
            .contains("<ul>").contains("<blockquote>").contains("<h2>Omzet dari tahun ke tahun</h2>")
            .doesNotContain("|---").doesNotContain("href=\"#");
        String plain = JSON.readTree(ninjs).get("bodies").get(1).get("value").asString();
        assertThat(plain).contains("2024  |      85 | Rp42.500.000");
        byte[] newsml = zip.bytes("id/newsml-g2.xml");
        PressFormats.validateNewsMl(newsml);
        assertThat(new String(newsml, StandardCharsets.UTF_8)).contains("<table><thead><tr><th>Tahun</th>")
            .contains("<td style=\"text-align:right\">Rp42.500.000</td>").contains("<li>memotret hasil rias</li>")
            .contains("<h2>Omzet dari tahun ke tahun</h2>").doesNotContain("| 2022");
    }

    @Test
    void printsAReleaseThatVeraPdfFindsCompliantWithPdfUa1() throws Exception {
        Story story = fixtures.aPublishedStoryWithATable();

        byte[] pdf = KitContents.of(kits.assemble(story.id(), EmbargoAccess.RELEASED_ONLY).zip()).bytes("id/siaran-pers.pdf");

        assertThat(pdfUa1Failures(pdf)).as("PDF/UA-1 failures").isEmpty();
    }

    @Test
    void hasAVeraPdfCheckThatRejectsAnUntaggedPdf() throws Exception {
        java.io.ByteArrayOutputStream untagged = new java.io.ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(untagged);
        }

        assertThat(pdfUa1Failures(untagged.toByteArray())).as("the validator really checks").isNotEmpty();
    }

    /** The PDF/UA-1 rules veraPDF (greenfield parser, its own PDF/UA-1 profile) finds broken, one line each. */
    private static List<String> pdfUa1Failures(byte[] pdf) throws Exception {
        org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider.initialise();
        org.verapdf.pdfa.flavours.PDFAFlavour flavour = org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1;
        try (org.verapdf.pdfa.PDFAParser parser = org.verapdf.pdfa.Foundries.defaultInstance()
                .createParser(new ByteArrayInputStream(pdf), flavour);
                org.verapdf.pdfa.PDFAValidator validator = org.verapdf.pdfa.Foundries.defaultInstance()
                    .createValidator(flavour, false)) {
            org.verapdf.pdfa.results.ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == org.verapdf.pdfa.results.TestAssertion.Status.FAILED)
                .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                .distinct().toList();
            return result.isCompliant() && failures.isEmpty() ? List.of()
                    : failures.isEmpty() ? List.of("not compliant") : failures;
        }
    }

    private static String styleOf(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst()
            .map(XWPFParagraph::getStyle).orElseThrow(() -> new AssertionError("no paragraph " + text));
    }

    private static void collectTags(PDStructureNode node, Set<String> tags) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                tags.add(element.getStructureType());
                collectTags(element, tags);
            }
        }
    }
}

package id.cerita.press.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackageProperties;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

import id.cerita.press.PressPhoto;
import id.cerita.site.PrintBlock;
import id.cerita.story.Quote;

/**
 * The press release as a Word document (Apache POI), so an editor can cut it to length: Word's own styles (Title,
 * Heading 1, Heading 2, Quote), body tables as real Word tables with a repeating header row. Reproducible: the core
 * properties carry the story's dates, and {@link ReproducibleZip} fixes the archive's entry times.
 */
public final class DocxRelease {

    private final byte[] styles = styles();

    public byte[] render(PressArticle article) {
        Labels labels = article.labels();
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createStyles().setStyles(StylesDocument.Factory.parse(new java.io.ByteArrayInputStream(styles)).getStyles());
            properties(doc, article);
            styled(doc, "Letterhead", article.settings().organisation()).getRuns().getFirst().setBold(true);
            styled(doc, "Letterhead", article.settings().letterheadLine());
            styled(doc, "Normal", article.release().text()).getRuns().getFirst().setBold(true);
            styled(doc, "Title", article.headline());
            styled(doc, "Subtitle", article.summary());
            body(doc, article);
            if (!article.quotes().isEmpty()) {
                styled(doc, "Heading1", labels.quotes());
                for (Quote quote : article.quotes()) {
                    styled(doc, "Quote", "“" + quote.text() + "” — " + TextRelease.speaker(quote));
                }
            }
            styled(doc, "Heading1", labels.about());
            styled(doc, "Normal", article.boilerplate());
            styled(doc, "Heading1", labels.mediaContact());
            styled(doc, "Normal", article.settings().contactLine());
            styled(doc, "Normal", "###").setAlignment(ParagraphAlignment.CENTER);
            if (!article.photos().isEmpty()) {
                styled(doc, "Heading1", labels.photos());
                for (PressPhoto photo : article.photos()) {
                    styled(doc, "Normal", TextRelease.caption(photo, labels));
                }
            }
            doc.write(out);
            return ReproducibleZip.normalise(out.toByteArray(), article.versionCreated());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XmlException e) {
            throw new IllegalStateException("the DOCX styles in the build are not valid XML", e);
        }
    }

    private static void body(XWPFDocument doc, PressArticle article) {
        if (!article.datelineLeadsFirstParagraph()) {
            dateline(doc.createParagraph(), article, " –");
        }
        boolean first = article.datelineLeadsFirstParagraph();
        for (PrintBlock block : article.bodyBlocks()) {
            switch (block) {
                case PrintBlock.Paragraph p -> {
                    XWPFParagraph paragraph = doc.createParagraph();
                    if (first) {
                        dateline(paragraph, article, " – ");
                    }
                    paragraph.createRun().setText(p.text());
                }
                case PrintBlock.Heading h -> styled(doc, h.level() <= 2 ? "Heading1" : "Heading2", h.text());
                case PrintBlock.ListBlock list -> {
                    for (int i = 0; i < list.items().size(); i++) {
                        styled(doc, "ListParagraph", list.marker(i) + list.items().get(i));
                    }
                }
                case PrintBlock.Quote quote -> quote.paragraphs().forEach(p -> styled(doc, "Quote", p));
                case PrintBlock.Table table -> table(doc, table);
            }
            first = false;
        }
    }

    private static void dateline(XWPFParagraph paragraph, PressArticle article, String dash) {
        XWPFRun run = paragraph.createRun();
        run.setBold(true);
        run.setText(article.dateline() + dash);
    }

    private static void table(XWPFDocument doc, PrintBlock.Table table) {
        XWPFTable t = doc.createTable(table.rows().size() + 1, table.columns());
        t.setStyleID("TableGrid");
        t.setWidth("100%");
        t.getRow(0).setRepeatHeader(true);
        cells(t, 0, table.header(), table, true);
        for (int r = 0; r < table.rows().size(); r++) {
            cells(t, r + 1, table.rows().get(r), table, false);
        }
        doc.createParagraph();
    }

    private static void cells(XWPFTable t, int row, List<String> texts, PrintBlock.Table table, boolean header) {
        for (int c = 0; c < texts.size(); c++) {
            XWPFTableCell cell = t.getRow(row).getCell(c);
            XWPFParagraph p = cell.getParagraphs().getFirst();
            p.setAlignment(switch (table.alignments().get(c)) {
                case LEFT -> ParagraphAlignment.LEFT;
                case CENTER -> ParagraphAlignment.CENTER;
                case RIGHT -> ParagraphAlignment.RIGHT;
            });
            XWPFRun run = p.createRun();
            run.setBold(header);
            run.setText(texts.get(c));
        }
    }

    private static void properties(XWPFDocument doc, PressArticle article) {
        PackageProperties core;
        try {
            core = doc.getPackage().getPackageProperties();
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("a new DOCX has core properties", e);
        }
        core.setTitleProperty(article.headline());
        core.setCreatorProperty(article.settings().organisation());
        core.setLanguageProperty(article.language().code());
        core.setRevisionProperty(String.valueOf(article.revision()));
        core.setCreatedProperty(Optional.of(Date.from(seconds(article.firstCreated()))));
        core.setModifiedProperty(Optional.of(Date.from(seconds(article.versionCreated()))));
        core.setLastModifiedByProperty(article.settings().organisation());
    }

    private static Instant seconds(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private static XWPFParagraph styled(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
        return p;
    }

    private static byte[] styles() {
        try (InputStream in = DocxRelease.class.getResourceAsStream("/press/templates/docx-styles.xml")) {
            if (in == null) {
                throw new IllegalStateException("missing from the build: /press/templates/docx-styles.xml");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

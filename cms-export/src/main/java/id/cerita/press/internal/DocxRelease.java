package id.cerita.press.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import id.cerita.press.PressPhoto;
import id.cerita.story.Quote;

/** The press release as a Word document (Apache POI), so an editor can cut it to length. */
public final class DocxRelease {

    public byte[] render(PressArticle article) {
        Labels labels = article.labels();
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(article.headline());
            doc.getProperties().getCoreProperties().setCreator(article.settings().organisation());
            paragraph(doc, article.settings().organisation(), true, 12, ParagraphAlignment.LEFT);
            paragraph(doc, article.settings().letterheadLine(), false, 10, ParagraphAlignment.LEFT);
            paragraph(doc, article.release().text(), true, 11, ParagraphAlignment.LEFT);
            paragraph(doc, article.headline(), true, 18, ParagraphAlignment.LEFT);
            paragraph(doc, article.summary(), false, 12, ParagraphAlignment.LEFT).getRuns().getFirst().setItalic(true);
            boolean first = true;
            for (String text : article.bodyParagraphs()) {
                XWPFParagraph p = doc.createParagraph();
                if (first) {
                    XWPFRun dateline = p.createRun();
                    dateline.setBold(true);
                    dateline.setText(article.dateline() + " – ");
                    first = false;
                }
                p.createRun().setText(text);
            }
            if (!article.quotes().isEmpty()) {
                paragraph(doc, labels.quotes(), true, 12, ParagraphAlignment.LEFT);
                for (Quote quote : article.quotes()) {
                    paragraph(doc, "“" + quote.text() + "” — " + TextRelease.speaker(quote), false, 11,
                            ParagraphAlignment.LEFT);
                }
            }
            paragraph(doc, labels.about(), true, 12, ParagraphAlignment.LEFT);
            paragraph(doc, article.boilerplate(), false, 11, ParagraphAlignment.LEFT);
            paragraph(doc, labels.mediaContact(), true, 12, ParagraphAlignment.LEFT);
            paragraph(doc, article.settings().contactLine(), false, 11, ParagraphAlignment.LEFT);
            paragraph(doc, "###", true, 12, ParagraphAlignment.CENTER);
            if (!article.photos().isEmpty()) {
                paragraph(doc, labels.photos(), true, 12, ParagraphAlignment.LEFT);
                for (PressPhoto photo : article.photos()) {
                    paragraph(doc, TextRelease.caption(photo, labels), false, 10, ParagraphAlignment.LEFT);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text, boolean bold, int size,
            ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        XWPFRun run = p.createRun();
        run.setBold(bold);
        run.setFontSize(size);
        run.setText(text);
        return p;
    }
}

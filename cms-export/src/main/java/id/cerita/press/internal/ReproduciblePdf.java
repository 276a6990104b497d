package id.cerita.press.internal;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * What makes two renderings of one story version byte-identical: the creation and modification dates are the story
 * version's, the producer is fixed, and the trailer's document ID is derived from the story, its language and
 * revision (PDFBox otherwise seeds it with the clock).
 */
final class ReproduciblePdf {

    private ReproduciblePdf() {
    }

    static void fix(PDDocument pdf, PressArticle article) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(article.headline());
        info.setAuthor(article.settings().organisation());
        info.setSubject(article.labels().documentTitle());
        info.setProducer(PdfRelease.PRODUCER);
        info.setCreator("Cerita");
        info.setCreationDate(calendar(article.firstCreated()));
        info.setModificationDate(calendar(article.versionCreated()));
        pdf.setDocumentId(UUID.nameUUIDFromBytes((article.storyId() + ":" + article.language().code() + ":"
                + article.revision() + ":" + article.versionCreated()).getBytes(StandardCharsets.UTF_8))
            .getMostSignificantBits());
    }

    private static Calendar calendar(java.time.Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.setTimeInMillis(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toEpochMilli());
        return calendar;
    }
}

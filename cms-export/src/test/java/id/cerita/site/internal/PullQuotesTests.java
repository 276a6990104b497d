package id.cerita.site.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.cerita.site.internal.Views.BodyPart;
import id.cerita.site.internal.Views.QuoteView;
import id.cerita.story.Language;
import id.cerita.story.Outcome;
import id.cerita.story.OutcomeKind;

class PullQuotesTests {

    private static final QuoteView FIRST = new QuoteView("Satu", "A", null);
    private static final QuoteView SECOND = new QuoteView("Dua", "B", null);

    @Test
    void placesTheFirstQuoteAfterTheSecondParagraphAndTheNextFurtherOn() {
        String html = "<p>1</p>\n<p>2</p>\n<p>3</p>\n<p>4</p>\n<p>5</p>\n<p>6</p>\n";

        List<BodyPart> parts = PullQuotes.place(html, List.of(FIRST, SECOND));

        assertThat(parts.get(0)).isEqualTo(new BodyPart("<p>1</p>\n<p>2</p>\n", FIRST));
        assertThat(parts.get(1).quote()).isEqualTo(SECOND);
        assertThat(parts.get(1).html()).startsWith("<p>3</p>");
        assertThat(String.join("", parts.stream().map(BodyPart::html).toList())).isEqualTo(html);
    }

    @Test
    void neverPutsAQuoteInsideAListOrABlockQuote() {
        String html = "<p>1</p>\n<ul>\n<li><p>a</p>\n</li>\n</ul>\n<blockquote>\n<p>b</p>\n</blockquote>\n<p>2</p>\n<p>3</p>\n";

        List<BodyPart> parts = PullQuotes.place(html, List.of(FIRST));

        assertThat(parts.getFirst().html()).endsWith("<p>2</p>\n");
        assertThat(parts.getFirst().quote()).isEqualTo(FIRST);
    }

    @Test
    void setsQuotesAfterAShortTextRatherThanDroppingThem() {
        List<BodyPart> parts = PullQuotes.place("<p>1</p>\n", List.of(FIRST, SECOND));

        assertThat(parts).extracting(BodyPart::quote).containsExactly(null, FIRST, SECOND);
    }

    @Test
    void keepsAnOutcomeThatAlreadyStatesItsAmountAsWritten() {
        Outcome stated = new Outcome(OutcomeKind.MONTHLY_REVENUE, "Rp10 juta per bulan", 10_000_000L, "wawancara");
        Outcome bare = new Outcome(OutcomeKind.MONTHLY_REVENUE, "Omzet", 10_000_000L, "wawancara");

        assertThat(StoryPages.outcome(stated, Language.ID)).isEqualTo("Rp10 juta per bulan");
        assertThat(StoryPages.outcome(bare, Language.ID)).isEqualTo("Omzet: Rp10.000.000 per bulan");
    }

    @Test
    void addsTheFigureBeforeTheTrainingAndWhatTheAlumnusDidBefore() {
        Outcome revenue = new Outcome(OutcomeKind.MONTHLY_REVENUE, "Omzet rumah makan", 0L, 10_000_000L, null, "wawancara");
        Outcome career = new Outcome(OutcomeKind.CAREER_CHANGE, "Menjadi pengusaha kuliner", null, null, "Pegawai bank",
                "wawancara");

        assertThat(StoryPages.outcome(revenue, Language.ID))
            .isEqualTo("Omzet rumah makan: Rp10.000.000 per bulan (Rp0 sebelum pelatihan)");
        assertThat(StoryPages.outcome(career, Language.EN))
            .isEqualTo("Menjadi pengusaha kuliner; formerly: Pegawai bank");
    }
}

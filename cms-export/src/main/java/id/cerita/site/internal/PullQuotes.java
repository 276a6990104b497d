package id.cerita.site.internal;

import java.util.ArrayList;
import java.util.List;

import id.cerita.site.internal.Views.BodyPart;
import id.cerita.site.internal.Views.QuoteView;

/**
 * Places a story's quotes in its text, as a newspaper sets pull quotes: the first after the second paragraph, the
 * others spread over the rest, always between top-level paragraphs (never inside a list, table or block quote).
 * Quotes that find no place follow the text.
 */
final class PullQuotes {

    private static final String PARAGRAPH_END = "</p>\n";

    private PullQuotes() {
    }

    static List<BodyPart> place(String html, List<QuoteView> quotes) {
        List<Integer> breaks = topLevelParagraphEnds(html);
        List<BodyPart> parts = new ArrayList<>();
        int from = 0;
        int placed = 0;
        for (int q = 0; q < quotes.size(); q++) {
            // after paragraph 2, then evenly over the paragraphs that remain
            int wanted = q == 0 ? 1 : 1 + (breaks.size() - 1) * q / quotes.size();
            if (wanted >= breaks.size() - 1 || (q > 0 && breaks.get(wanted) <= from)) {
                break;
            }
            int at = breaks.get(wanted);
            parts.add(new BodyPart(html.substring(from, at), quotes.get(q)));
            from = at;
            placed++;
        }
        parts.add(new BodyPart(html.substring(from), null));
        for (QuoteView rest : quotes.subList(placed, quotes.size())) {
            parts.add(new BodyPart("", rest));
        }
        return parts;
    }

    /** Offsets just after each {@code </p>} that closes a paragraph at the top level of the body. */
    private static List<Integer> topLevelParagraphEnds(String html) {
        List<Integer> ends = new ArrayList<>();
        int i = html.indexOf(PARAGRAPH_END);
        while (i >= 0) {
            String before = html.substring(0, i);
            if (balanced(before, "blockquote") && balanced(before, "li") && balanced(before, "table")
                    && balanced(before, "div")) {
                ends.add(i + PARAGRAPH_END.length());
            }
            i = html.indexOf(PARAGRAPH_END, i + 1);
        }
        return ends;
    }

    /** Whether every {@code <tag} opened in the text is closed again. */
    private static boolean balanced(String text, String tag) {
        return count(text, "<" + tag + ">") + count(text, "<" + tag + " ") == count(text, "</" + tag + ">");
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}

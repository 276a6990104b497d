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
    private static final List<String> CONTAINERS = List.of("blockquote", "li", "table", "div");

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

    /**
     * Offsets just after each {@code </p>} that closes a paragraph at the top level of the body: one pass that keeps
     * the depth of the containers a paragraph may sit in (the sanitiser writes tags in lower case, attributes after
     * a space).
     */
    private static List<Integer> topLevelParagraphEnds(String html) {
        List<Integer> ends = new ArrayList<>();
        int depth = 0;
        for (int i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
            if (html.startsWith(PARAGRAPH_END, i)) {
                if (depth == 0) {
                    ends.add(i + PARAGRAPH_END.length());
                }
                continue;
            }
            boolean closing = i + 1 < html.length() && html.charAt(i + 1) == '/';
            int name = closing ? i + 2 : i + 1;
            for (String tag : CONTAINERS) {
                if (html.startsWith(tag, name) && name + tag.length() < html.length()) {
                    char after = html.charAt(name + tag.length());
                    if (after == '>' || (!closing && after == ' ')) {
                        depth += closing ? -1 : 1;
                        break;
                    }
                }
            }
        }
        return ends;
    }
}

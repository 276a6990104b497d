package id.cerita.site.internal;

import java.util.Locale;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.anchorlink.AnchorLink;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * Writes a parsed story body as HTML straight into one builder, the same characters Flexmark's {@code HtmlRenderer}
 * writes with the site's options (heading ids wrapped in anchor links, tables with class {@code table}, raw HTML
 * escaped, typographic quotes and dashes). Flexmark's writer passes every character through a line-tracking
 * appender and builds its renderers again for each document: that was half of the Markdown work of an export, and
 * Markdown was the larger half of an export once the templates were compiled. It knows the blocks and inlines
 * stories are written with; for a document holding anything else (code, images, raw HTML blocks, nested lists,
 * link references…) it returns null and the caller uses Flexmark's renderer. {@code DirectHtmlTests} holds it to
 * Flexmark's output, character for character.
 */
public final class DirectHtml {

    private final StringBuilder out;
    private final ListOptions lists;
    private final Document document;

    private DirectHtml(Document document, int capacity) {
        this.document = document;
        this.out = new StringBuilder(capacity);
        this.lists = ListOptions.get(document);
    }

    /** The HTML of the document, or null when it holds a node this writer does not know. */
    public static String render(Document document) {
        if (!known(document)) {
            return null;
        }
        new HeaderIdGenerator().generateIds(document);
        DirectHtml html = new DirectHtml(document, document.getTextLength() + document.getTextLength() / 4 + 64);
        html.children(document);
        return html.out.toString();
    }

    private static boolean known(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (!knownAlone(child) || !known(child)) {
                return false;
            }
        }
        return true;
    }

    private static boolean knownAlone(Node node) {
        if (node instanceof ListItem item) {
            // a list inside an item, or anything but paragraphs, takes Flexmark's own rules for line breaks
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (!(child instanceof Paragraph)) {
                    return false;
                }
            }
            return true;
        }
        if (node instanceof Heading heading) {
            return heading.getFirstChild() instanceof AnchorLink && heading.getFirstChild().getNext() == null;
        }
        if (node instanceof TableCell cell) {
            return cell.getSpan() <= 1;
        }
        if (node instanceof TypographicQuotes quotes) {
            return quotes.getTypographicOpening() != null && quotes.getTypographicClosing() != null;
        }
        if (node instanceof TypographicSmarts smarts) {
            return smarts.getTypographicText() != null;
        }
        if (node instanceof OrderedList || node instanceof BulletList) {
            return true;
        }
        return node instanceof Paragraph || node instanceof Text || node instanceof SoftLineBreak
                || node instanceof HardLineBreak || node instanceof Emphasis || node instanceof StrongEmphasis
                || node instanceof Strikethrough || node instanceof Link || node instanceof HtmlInline
                || node instanceof BlockQuote || node instanceof ThematicBreak || node instanceof AnchorLink
                || node instanceof TableBlock || node instanceof TableHead || node instanceof TableSeparator
                || node instanceof TableBody || node instanceof TableRow;
    }

    private void children(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            node(child);
        }
    }

    private void node(Node node) {
        switch (node) {
            case Text text -> text(text.getChars().toString());
            case Paragraph paragraph -> paragraph(paragraph);
            case Heading heading -> {
                String level = String.valueOf(heading.getLevel());
                out.append("<h").append(level);
                String id = heading.getAnchorRefId();
                if (id != null && !id.isEmpty()) {
                    out.append(" id=\"");
                    escape(id);
                    out.append('"');
                }
                out.append('>');
                children(heading);
                out.append("</h").append(level).append(">\n");
            }
            case AnchorLink anchor -> {
                out.append("<a href=\"#");
                escape(((Heading) anchor.getParent()).getAnchorRefId());
                out.append("\" class=\"anchor\">");
                children(anchor);
                out.append("</a>");
            }
            case SoftLineBreak ignored -> out.append('\n');
            case HardLineBreak ignored -> out.append("<br />\n");
            case Emphasis emphasis -> wrapped("em", emphasis);
            case StrongEmphasis strong -> wrapped("strong", strong);
            case Strikethrough strike -> wrapped("del", strike);
            case TypographicQuotes quotes -> {
                out.append(quotes.getTypographicOpening());
                children(quotes);
                out.append(quotes.getTypographicClosing());
            }
            case TypographicSmarts smarts -> out.append(smarts.getTypographicText());
            case HtmlInline raw -> escape(Escaping.normalizeEOL(raw.getChars().toString()));
            case Link link -> {
                out.append("<a href=\"");
                escape(Escaping.unescapeString(link.getUrl().toString()));
                out.append('"');
                if (link.getTitle().isNotNull()) {
                    out.append(" title=\"");
                    escape(Escaping.unescapeString(link.getTitle().toString()));
                    out.append('"');
                }
                out.append('>');
                children(link);
                out.append("</a>");
            }
            case BlockQuote quote -> indented("<blockquote>", quote, "</blockquote>\n");
            case ThematicBreak ignored -> out.append("<hr />\n");
            case BulletList list -> list("ul", list, 1);
            case OrderedList list -> list("ol", list, list.getStartNumber());
            case ListItem item -> item(item);
            case TableBlock table -> indented("<table class=\"table\">", table, "</table>\n");
            case TableHead head -> indented("<thead>", head, "</thead>\n");
            case TableBody body -> indented("<tbody>", body, "</tbody>\n");
            case TableSeparator ignored -> {
            }
            case TableRow row -> {
                out.append("<tr>");
                children(row);
                out.append("</tr>\n");
            }
            case TableCell cell -> {
                String tag = cell.isHeader() ? "th" : "td";
                out.append('<').append(tag);
                if (cell.getAlignment() != null) {
                    out.append(" align=\"").append(cell.getAlignment().name().toLowerCase(Locale.ROOT)).append('"');
                }
                out.append('>');
                children(cell);
                out.append("</").append(tag).append('>');
            }
            default -> throw new IllegalStateException("not a known node: " + node.getClass().getName());
        }
    }

    private void paragraph(Paragraph paragraph) {
        if (paragraph.getParent() instanceof ParagraphItemContainer container
                && container.isParagraphWrappingDisabled(paragraph, lists, document)) {
            children(paragraph);
            return;
        }
        out.append("<p>");
        children(paragraph);
        out.append("</p>\n");
    }

    private void list(String tag, ListBlock list, int start) {
        out.append('<').append(tag);
        if (start != 1) {
            out.append(" start=\"").append(start).append('"');
        }
        indented(">", list, "</" + tag + ">\n");
    }

    private void item(ListItem item) {
        if (lists.isTightListItem(item)) {
            out.append("<li>");
            children(item);
            out.append("</li>\n");
        }
        else {
            indented("<li>", item, "</li>\n");
        }
    }

    /** A block around blocks, as Flexmark's {@code tagIndent}: its content on lines of its own, if it has any. */
    private void indented(String open, Node node, String close) {
        out.append(open).append('\n');
        int start = out.length();
        children(node);
        if (out.length() == start) {
            out.setLength(start - 1);
        }
        out.append(close);
    }

    private void wrapped(String tag, Node node) {
        out.append('<').append(tag).append('>');
        children(node);
        out.append("</").append(tag).append('>');
    }

    /** Flexmark's text: backslash escapes and entities resolved, line ends made {@code \n}, then escaped. */
    private void text(String chars) {
        String unescaped = chars.indexOf('\\') < 0 && chars.indexOf('&') < 0 ? chars : Escaping.unescapeString(chars);
        escape(unescaped.indexOf('\r') < 0 ? unescaped : Escaping.normalizeEOL(unescaped));
    }

    /** The four characters Flexmark escapes in text and attributes ({@code [&<>"]}). */
    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }
}

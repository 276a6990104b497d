package id.cerita.site.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

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
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;

import org.owasp.html.Encoding;

/**
 * Writes a parsed story body as HTML straight into one builder, the same characters Flexmark's {@code HtmlRenderer}
 * writes with the site's options (heading ids wrapped in anchor links, tables with class {@code table}, raw HTML
 * escaped, typographic quotes and dashes). Flexmark's writer passes every character through a line-tracking
 * appender and builds its renderers again for each document: that was half of the Markdown work of an export, and
 * Markdown was the larger half of an export once the templates were compiled. It knows the blocks and inlines
 * stories are written with; for a document holding anything else (code, images, raw HTML blocks, nested lists,
 * link references…) it returns null and the caller uses Flexmark's renderer. {@code DirectHtmlTests} holds it to
 * Flexmark's output, character for character.
 * <p>
 * {@link #sanitized} writes what the site's allow-list sanitiser makes of that output, character for character:
 * its encoding of text and attributes, {@code rel="noopener"} on links, no whitespace where an element holds no
 * text, no list {@code start}, heading ids only of the form it allows. Every element and attribute this writer
 * knows is one the policy allows, so a body it writes entirely needs no second pass (the sanitiser lexed, balanced
 * and re-encoded every story again: a sixth of a cold export). Where the sanitiser would decide something (a link
 * to another scheme, characters it drops or rewrites, braces) it returns null and the caller sanitises.
 * {@code DirectHtmlTests} holds it to the sanitiser's output.
 */
public final class DirectHtml {

    /** The ids the site's policy allows on headings ({@code MarkdownRenderer}'s policy says the same). */
    public static final Pattern HEADING_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,100}");

    /** The entities Flexmark's typographic extension writes, as the characters the sanitiser writes for them. */
    private static final java.util.Map<String, String> TYPOGRAPHIC = java.util.Map.of("&ldquo;", "\u201C",
            "&rdquo;", "\u201D", "&lsquo;", "\u2018", "&rsquo;", "\u2019", "&ndash;", "\u2013", "&mdash;", "\u2014",
            "&hellip;", "\u2026", "&laquo;", "\u00AB", "&raquo;", "\u00BB");

    /** By ASCII character: its entity, or {@link #UNDECIDED}; a table, as one switch per character cost a cold export. */
    private static final String[] FLEXMARK_ENTITIES = new String[0x80];
    private static final String[] SANITISER_ENTITIES = new String[0x80];
    private static final String UNDECIDED = new String("undecided");

    static {
        for (String[] entities : List.of(FLEXMARK_ENTITIES, SANITISER_ENTITIES)) {
            entities['&'] = "&amp;";
            entities['<'] = "&lt;";
            entities['>'] = "&gt;";
        }
        FLEXMARK_ENTITIES['"'] = "&quot;";
        SANITISER_ENTITIES['"'] = "&#34;";
        for (char c : "'+=@`".toCharArray()) {
            SANITISER_ENTITIES[c] = "&#" + (int) c + ";";
        }
        for (char c = 0; c < ' '; c++) {
            SANITISER_ENTITIES[c] = c == '\n' || c == '\t' ? null : UNDECIDED;
        }
        SANITISER_ENTITIES['{'] = UNDECIDED;
        SANITISER_ENTITIES[0x7f] = UNDECIDED;
    }

    private final StringBuilder out;
    private final ListOptions lists;
    private final Document document;
    private final boolean sanitized;
    /** Set when the sanitised output needs the sanitiser's own judgement: the caller sanitises. */
    private boolean undecided;

    private DirectHtml(Document document, int capacity, boolean sanitized) {
        this.document = document;
        this.out = new StringBuilder(capacity);
        this.lists = ListOptions.get(document);
        this.sanitized = sanitized;
    }

    /** The HTML of the document as Flexmark's renderer writes it, or null when it holds a node this writer does not know. */
    public static String render(Document document) {
        return write(document, false);
    }

    /**
     * The HTML of the document as the site's sanitiser writes Flexmark's rendering of it, or null when this writer
     * does not know a node or the sanitiser would have a choice to make.
     */
    public static String sanitized(Document document) {
        return write(document, true);
    }

    private static String write(Document document, boolean sanitized) {
        if (!known(document)) {
            return null;
        }
        new HeaderIdGenerator().generateIds(document);
        DirectHtml html = new DirectHtml(document, document.getTextLength() + document.getTextLength() / 4 + 64, sanitized);
        html.children(document);
        return html.undecided ? null : html.out.toString();
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
            case Text text -> text(contiguous(text.getChars()));
            case Paragraph paragraph -> paragraph(paragraph);
            case Heading heading -> {
                String level = String.valueOf(heading.getLevel());
                out.append("<h").append(level);
                String id = heading.getAnchorRefId();
                // the sanitiser drops an id of another form and keeps the heading and its anchor
                if (id != null && !id.isEmpty() && (!sanitized || HEADING_ID.matcher(id).matches())) {
                    out.append(" id=\"");
                    escape(id);
                    out.append('"');
                }
                out.append('>');
                children(heading);
                out.append("</h").append(level).append('>');
                lineEnd(heading);
            }
            case AnchorLink anchor -> {
                out.append("<a href=\"");
                url("#" + ((Heading) anchor.getParent()).getAnchorRefId());
                out.append(sanitized ? "\" class=\"anchor\" rel=\"noopener\">" : "\" class=\"anchor\">");
                children(anchor);
                out.append("</a>");
            }
            case SoftLineBreak ignored -> out.append('\n');
            case HardLineBreak ignored -> out.append("<br />\n");
            case Emphasis emphasis -> wrapped("em", emphasis);
            case StrongEmphasis strong -> wrapped("strong", strong);
            case Strikethrough strike -> wrapped("del", strike);
            case TypographicQuotes quotes -> {
                entity(quotes.getTypographicOpening());
                children(quotes);
                entity(quotes.getTypographicClosing());
            }
            case TypographicSmarts smarts -> entity(smarts.getTypographicText());
            case HtmlInline raw -> escape(Escaping.normalizeEOL(raw.getChars().toString()));
            case Link link -> {
                out.append("<a href=\"");
                url(Escaping.unescapeString(link.getUrl().toString()));
                out.append('"');
                if (link.getTitle().isNotNull()) {
                    out.append(" title=\"");
                    attribute(Escaping.unescapeString(link.getTitle().toString()));
                    out.append('"');
                }
                out.append(sanitized ? " rel=\"noopener\">" : ">");
                children(link);
                out.append("</a>");
            }
            case BlockQuote quote -> indented("<blockquote>", quote, "</blockquote>");
            case ThematicBreak thematic -> {
                out.append("<hr />");
                lineEnd(thematic);
            }
            case BulletList list -> list("ul", list, 1);
            case OrderedList list -> list("ol", list, list.getStartNumber());
            case ListItem item -> item(item);
            case TableBlock table -> indented("<table class=\"table\">", table, "</table>");
            case TableHead head -> indented("<thead>", head, "</thead>");
            case TableBody body -> indented("<tbody>", body, "</tbody>");
            case TableSeparator ignored -> {
            }
            case TableRow row -> {
                out.append("<tr>");
                children(row);
                out.append("</tr>");
                lineEnd(row);
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
        out.append("</p>");
        lineEnd(paragraph);
    }

    private void list(String tag, ListBlock list, int start) {
        out.append('<').append(tag);
        // the policy has no list start: the sanitiser drops it
        if (start != 1 && !sanitized) {
            out.append(" start=\"").append(start).append('"');
        }
        indented(">", list, "</" + tag + ">");
    }

    private void item(ListItem item) {
        if (lists.isTightListItem(item)) {
            out.append("<li>");
            children(item);
            out.append("</li>");
            lineEnd(item);
        }
        else {
            indented("<li>", item, "</li>");
        }
    }

    /** A block around blocks, as Flexmark's {@code tagIndent}: its content on lines of its own, if it has any. */
    private void indented(String open, Node node, String close) {
        out.append(open);
        boolean lines = holdsText(node);
        if (lines) {
            out.append('\n');
        }
        int start = out.length();
        children(node);
        if (lines && out.length() == start) {
            out.setLength(start - 1);
        }
        out.append(close);
        lineEnd(node);
    }

    /** The line end after a block, where its parent may hold text (the sanitiser drops it in a list or a table). */
    private void lineEnd(Node block) {
        if (holdsText(block.getParent())) {
            out.append('\n');
        }
    }

    private boolean holdsText(Node element) {
        return !sanitized || !(element instanceof ListBlock || element instanceof TableBlock
                || element instanceof TableHead || element instanceof TableBody || element instanceof TableRow);
    }

    /** A typographic character as Flexmark gives it (an entity); the sanitiser writes the character itself. */
    private void entity(String text) {
        if (sanitized) {
            String character = TYPOGRAPHIC.get(text);
            escape(character != null ? character : Encoding.decodeHtml(text));
        }
        else {
            out.append(text);
        }
    }

    /**
     * A link's address. The sanitiser keeps an address without a scheme or with http(s) or mailto as it is, unless
     * it holds characters it would percent-encode: anything else is its decision.
     */
    private void url(String url) {
        if (sanitized) {
            for (int i = 0; i < url.length(); i++) {
                char c = url.charAt(i);
                if (c == '/' || c == '#' || c == '?') {
                    break;
                }
                if (c == ':') {
                    String scheme = url.substring(0, i).toLowerCase(Locale.ROOT);
                    undecided |= !(scheme.equals("https") || scheme.equals("http") || scheme.equals("mailto"));
                    break;
                }
            }
            for (int i = 0; i < url.length(); i++) {
                char c = url.charAt(i);
                undecided |= c <= ' ' || c == '(' || c == ')' || c == '{' || c == '}' || c > '~';
            }
        }
        attribute(url);
    }

    /** An attribute's value; the sanitiser adds a space after one holding a backtick (old browsers' quoting). */
    private void attribute(String value) {
        undecided |= sanitized && value.indexOf('`') >= 0;
        escape(value);
    }

    private void wrapped(String tag, Node node) {
        out.append('<').append(tag).append('>');
        children(node);
        out.append("</").append(tag).append('>');
    }

    /** Flexmark's text: backslash escapes and entities resolved, line ends made {@code \n}, then escaped. */
    /**
     * A text node's characters. Most are one stretch of the body: copied from it at once (Flexmark's toString reads
     * them one by one through its sequence classes, a tenth of this writer's time).
     */
    private static String contiguous(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof String body) {
            return body.substring(chars.getStartOffset(), chars.getEndOffset());
        }
        return chars.toString();
    }

    private void text(String chars) {
        String unescaped = chars.indexOf('\\') < 0 && chars.indexOf('&') < 0 ? chars : Escaping.unescapeString(chars);
        escape(unescaped.indexOf('\r') < 0 ? unescaped : Escaping.normalizeEOL(unescaped));
    }

    /**
     * The four characters Flexmark escapes in text and attributes ({@code [&<>"]}), or, sanitised, the sanitiser's
     * encoding ({@code [&<>"'+=@`]} as entities). Characters the sanitiser drops, writes as numeric entities or
     * treats specially (control characters, braces, surrogates, the Indic vowels it guards, U+1FEF, U+FE60 and up)
     * leave the decision to it.
     */
    private void escape(String s) {
        String[] entities = sanitized ? SANITISER_ENTITIES : FLEXMARK_ENTITIES;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String entity = c < 0x80 ? entities[c] : null;
            if (entity != null) {
                if (entity == UNDECIDED) {
                    undecided = true;
                    continue;
                }
                out.append(s, from, i).append(entity);
                from = i + 1;
            }
            else if (c >= 0x7f && sanitized && (c < 0xa0 || (c >= 0x93a && c <= 0xc4c) || c == 0x1fef
                    || (c >= 0xd800 && c <= 0xdfff) || c >= 0xfe60)) {
                undecided = true;
            }
        }
        out.append(s, from, s.length());
    }
}

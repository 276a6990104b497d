package id.cerita.site.internal;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;

import id.cerita.site.PrintBlock;
import id.cerita.site.PrintBlock.Table.Align;

/** Walks a parsed story body (Flexmark's AST) into {@link PrintBlock}s. Raw HTML is dropped, as on the site. */
public final class PrintBlocks {

    private PrintBlocks() {
    }

    public static List<PrintBlock> of(Node document) {
        List<PrintBlock> blocks = new ArrayList<>();
        for (Node node : document.getChildren()) {
            block(node, blocks);
        }
        return blocks;
    }

    private static void block(Node node, List<PrintBlock> blocks) {
        switch (node) {
            case Heading h -> add(blocks, text(h), t -> new PrintBlock.Heading(h.getLevel(), t));
            case ListBlock list -> {
                List<String> items = new ArrayList<>();
                for (Node item : list.getChildren()) {
                    if (item instanceof ListItem) {
                        items.add(nested(item));
                    }
                }
                blocks.add(new PrintBlock.ListBlock(list instanceof OrderedList, items));
            }
            case BlockQuote quote -> {
                List<PrintBlock> inner = new ArrayList<>();
                quote.getChildren().forEach(child -> block(child, inner));
                blocks.add(new PrintBlock.Quote(inner.stream().map(PrintBlock::plainText).toList()));
            }
            case TableBlock table -> blocks.add(table(table));
            case FencedCodeBlock code -> add(blocks, code.getContentChars().toString().strip(), PrintBlock.Paragraph::new);
            case IndentedCodeBlock code -> add(blocks, code.getContentChars().toString().strip(), PrintBlock.Paragraph::new);
            case CodeBlock code -> add(blocks, code.getChars().toString().strip(), PrintBlock.Paragraph::new);
            case ThematicBreak ignored -> { }
            case HtmlBlock ignored -> { }
            default -> add(blocks, text(node), PrintBlock.Paragraph::new);
        }
    }

    private static void add(List<PrintBlock> blocks, String text, java.util.function.Function<String, PrintBlock> kind) {
        if (!text.isBlank()) {
            blocks.add(kind.apply(text));
        }
    }

    /** A list item's text: its paragraphs and nested lists joined with spaces. */
    private static String nested(Node item) {
        List<String> parts = new ArrayList<>();
        for (Node child : item.getChildren()) {
            List<PrintBlock> inner = new ArrayList<>();
            block(child, inner);
            inner.forEach(b -> parts.add(b.plainText().replace('\n', ' ')));
        }
        return String.join(" ", parts);
    }

    private static PrintBlock.Table table(TableBlock table) {
        List<String> header = new ArrayList<>();
        List<Align> alignments = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Node section : table.getChildren()) {
            for (Node row : section.getChildren()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (Node cell : row.getChildren()) {
                    if (cell instanceof TableCell c) {
                        cells.add(text(c));
                        if (section instanceof TableHead && header.size() < cells.size()) {
                            alignments.add(align(c));
                        }
                    }
                }
                if (section instanceof TableHead && header.isEmpty()) {
                    header.addAll(cells);
                } else if (section instanceof TableBody || section instanceof TableHead) {
                    rows.add(cells);
                }
            }
        }
        int columns = header.size();
        List<List<String>> even = rows.stream().map(r -> fit(r, columns)).toList();
        return new PrintBlock.Table(header, even, alignments);
    }

    private static List<String> fit(List<String> row, int columns) {
        List<String> cells = new ArrayList<>(row.subList(0, Math.min(row.size(), columns)));
        while (cells.size() < columns) {
            cells.add("");
        }
        return cells;
    }

    private static Align align(TableCell cell) {
        if (cell.getAlignment() == null) {
            return Align.LEFT;
        }
        return switch (cell.getAlignment()) {
            case RIGHT -> Align.RIGHT;
            case CENTER -> Align.CENTER;
            default -> Align.LEFT;
        };
    }

    /** The inline text of a node: links as "text (address)", soft breaks as spaces, whitespace collapsed. */
    static String text(Node node) {
        StringBuilder out = new StringBuilder();
        inline(node, out);
        return out.toString().replaceAll("[ \\t]+", " ").replaceAll(" ?\\n ?", "\n").strip();
    }

    private static void inline(Node parent, StringBuilder out) {
        for (Node node : parent.getChildren()) {
            switch (node) {
                case Text t -> out.append(t.getChars().unescape());
                case SoftLineBreak ignored -> out.append(' ');
                case HardLineBreak ignored -> out.append('\n');
                case Code code -> out.append(code.getText());
                case HtmlEntity entity -> out.append(Escaping.unescapeHtml(entity.getChars()));
                case TypographicSmarts smart -> out.append(Escaping.unescapeHtml(smart.getTypographicText()));
                case TypographicQuotes quotes -> {
                    out.append(Escaping.unescapeHtml(quotes.getTypographicOpening()));
                    inline(quotes, out);
                    out.append(Escaping.unescapeHtml(quotes.getTypographicClosing()));
                }
                case Link link -> {
                    int start = out.length();
                    inline(link, out);
                    String url = link.getUrl().unescape();
                    if (!out.substring(start).strip().equals(url) && !url.startsWith("#")) {
                        out.append(" (").append(url).append(')');
                    }
                }
                case AutoLink link -> out.append(link.getText());
                case Image image -> out.append(image.getText());
                case HtmlInline ignored -> { }
                default -> inline(node, out);
            }
        }
    }
}

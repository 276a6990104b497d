package id.cerita.search;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * A story body (Markdown) as the text a reader sees: headings, paragraphs, list items and table rows, one block per
 * line pair, with no Markdown syntax left. The index holds this text, so that search matches and highlights the words
 * of the rendered story and a snippet never shows {@code ##}, {@code **} or table pipes. A heading or a table row
 * ends its block, so the highlighter's sentence boundaries never run a heading into the next paragraph.
 * Thread-safe: one parser, built once.
 */
final class StoryText {

    private static final StoryText INSTANCE = new StoryText();

    private final Parser parser;

    private StoryText() {
        this.parser = Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS,
                List.of(TablesExtension.create(), StrikethroughExtension.create()))).build();
    }

    /** The plain text of a Markdown body; null or blank gives an empty string. */
    static String plain(String markdown) {
        return INSTANCE.text(markdown);
    }

    private String text(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        List<String> blocks = new ArrayList<>();
        collect(parser.parse(markdown), blocks);
        return String.join("\n\n", blocks);
    }

    private static void collect(Node node, List<String> blocks) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph || child instanceof Heading) {
                add(blocks, new TextCollectingVisitor().collectAndGetText(child));
            } else if (child instanceof TableRow row) {
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        String text = new TextCollectingVisitor().collectAndGetText(cell).strip();
                        if (!text.isEmpty()) {
                            cells.add(text);
                        }
                    }
                }
                add(blocks, String.join(" · ", cells));
            } else {
                collect(child, blocks);
            }
        }
    }

    private static void add(List<String> blocks, String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        if (!line.isEmpty()) {
            blocks.add(line);
        }
    }
}

package id.cerita.site;

import java.util.ArrayList;
import java.util.List;

/**
 * One block of a story body as print formats lay it out (DOCX, plain text, NewsML-G2): plain text with links spelled
 * out as "text (address)", emphasis dropped, typographic quotes and dashes kept.
 */
public sealed interface PrintBlock {

    /** The block as plain text, as a text file shows it. */
    String plainText();

    record Heading(int level, String text) implements PrintBlock {
        @Override
        public String plainText() {
            return text;
        }
    }

    record Paragraph(String text) implements PrintBlock {
        @Override
        public String plainText() {
            return text;
        }
    }

    record ListBlock(boolean ordered, List<String> items) implements PrintBlock {
        public ListBlock {
            items = List.copyOf(items);
        }

        /** "1. " or "• " before item {@code index} (0-based). */
        public String marker(int index) {
            return ordered ? (index + 1) + ". " : "• ";
        }

        @Override
        public String plainText() {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                lines.add(marker(i) + items.get(i));
            }
            return String.join("\n", lines);
        }
    }

    record Quote(List<String> paragraphs) implements PrintBlock {
        public Quote {
            paragraphs = List.copyOf(paragraphs);
        }

        @Override
        public String plainText() {
            return String.join("\n", paragraphs.stream().map(p -> "    " + p).toList());
        }
    }

    /** A table: its header row, its body rows (each as long as the header) and each column's alignment. */
    record Table(List<String> header, List<List<String>> rows, List<Align> alignments) implements PrintBlock {

        public enum Align { LEFT, CENTER, RIGHT }

        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            alignments = List.copyOf(alignments);
        }

        public int columns() {
            return header.size();
        }

        /** Columns padded to their widest cell, separated by " | ", a rule under the header. */
        @Override
        public String plainText() {
            int[] widths = new int[columns()];
            List<List<String>> all = new ArrayList<>();
            all.add(header);
            all.addAll(rows);
            for (List<String> row : all) {
                for (int c = 0; c < columns(); c++) {
                    widths[c] = Math.max(widths[c], width(row.get(c)));
                }
            }
            StringBuilder out = new StringBuilder();
            line(out, header, widths);
            List<String> rule = new ArrayList<>();
            for (int width : widths) {
                rule.add("-".repeat(width));
            }
            out.append(String.join("-+-", rule)).append('\n');
            rows.forEach(row -> line(out, row, widths));
            return out.toString().stripTrailing();
        }

        private void line(StringBuilder out, List<String> cells, int[] widths) {
            List<String> padded = new ArrayList<>();
            for (int c = 0; c < columns(); c++) {
                String cell = cells.get(c);
                int gap = widths[c] - width(cell);
                padded.add(switch (alignments.get(c)) {
                    case LEFT -> cell + " ".repeat(gap);
                    case RIGHT -> " ".repeat(gap) + cell;
                    case CENTER -> " ".repeat(gap / 2) + cell + " ".repeat(gap - gap / 2);
                });
            }
            out.append(String.join(" | ", padded).stripTrailing()).append('\n');
        }

        private static int width(String text) {
            return text.codePointCount(0, text.length());
        }
    }
}

package id.cerita.review;

import java.util.ArrayList;
import java.util.List;

import id.cerita.common.InvalidFieldException;

/** The paragraphs of a Markdown body: blocks separated by blank lines, numbered from 0. */
public record Paragraphs(List<Paragraph> all) {

    public record Paragraph(int index, String text) {

        String excerpt() {
            String flat = text.replaceAll("\\s+", " ").strip();
            return flat.length() <= 280 ? flat : flat.substring(0, 279) + "…";
        }
    }

    public static Paragraphs of(String body) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String block : body.split("\\R\\s*\\R")) {
            if (!block.isBlank()) {
                paragraphs.add(new Paragraph(paragraphs.size(), block.strip()));
            }
        }
        return new Paragraphs(List.copyOf(paragraphs));
    }

    Paragraph get(int index) {
        if (index < 0 || index >= all.size()) {
            throw new InvalidFieldException("paragraph", "comment.paragraph-unknown",
                    "Paragraf " + (index + 1) + " tidak ada; teks ini punya " + all.size() + " paragraf",
                    index + 1, all.size());
        }
        return all.get(index);
    }
}

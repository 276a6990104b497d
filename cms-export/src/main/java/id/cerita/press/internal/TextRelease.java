package id.cerita.press.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

import id.cerita.press.PressPhoto;
import id.cerita.site.PrintBlock;
import id.cerita.story.Quote;

/**
 * The press release as plain UTF-8 text, in the order of the PDF, ending with "###" and the photo captions. Lists keep
 * their markers, quotes are indented, tables are aligned in columns (see {@link PrintBlock.Table#plainText()}).
 */
public final class TextRelease {

    public byte[] render(PressArticle article) {
        Labels labels = article.labels();
        StringBuilder out = new StringBuilder();
        out.append(article.release().text()).append("\n\n");
        out.append(article.settings().organisation()).append('\n').append(article.settings().letterheadLine())
            .append("\n\n");
        out.append(article.headline()).append("\n\n");
        out.append(article.summary()).append("\n\n");
        List<PrintBlock> blocks = article.bodyBlocks();
        if (!article.datelineLeadsFirstParagraph()) {
            out.append(article.dateline()).append(" –\n\n");
        }
        for (int i = 0; i < blocks.size(); i++) {
            boolean lead = i == 0 && article.datelineLeadsFirstParagraph();
            out.append(lead ? article.dateline() + " – " : "").append(blocks.get(i).plainText()).append("\n\n");
        }
        if (!article.quotes().isEmpty()) {
            out.append(labels.quotes()).append('\n');
            for (Quote quote : article.quotes()) {
                out.append("“").append(quote.text()).append("” — ").append(speaker(quote)).append('\n');
            }
            out.append('\n');
        }
        out.append(labels.about()).append('\n').append(article.boilerplate()).append("\n\n");
        out.append(labels.mediaContact()).append('\n').append(article.settings().contactLine()).append("\n\n");
        out.append("###\n");
        if (!article.photos().isEmpty()) {
            out.append('\n').append(labels.photos()).append('\n');
            for (PressPhoto photo : article.photos()) {
                out.append(caption(photo, labels)).append('\n');
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String speaker(Quote quote) {
        return quote.speakerRole() == null || quote.speakerRole().isBlank() ? quote.speaker()
                : quote.speaker() + ", " + quote.speakerRole();
    }

    static String caption(PressPhoto photo, Labels labels) {
        return photo.fileName() + ": " + photo.caption() + " " + labels.credit() + ": " + photo.credit() + ". "
                + photo.copyrightNotice();
    }
}

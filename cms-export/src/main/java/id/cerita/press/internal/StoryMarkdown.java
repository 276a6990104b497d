package id.cerita.press.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Story bodies (Markdown) as the press release needs them: XHTML for the PDF and ninjs, and plain paragraphs for
 * DOCX, text and NewsML-G2. One parser and renderer, built once and shared (they are thread-safe).
 */
public final class StoryMarkdown {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
        .allowElements("p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "blockquote", "h2", "h3", "h4", "a")
        .allowUrlProtocols("https", "http", "mailto").allowAttributes("href").onElements("a")
        .requireRelsOnLinks("noopener").toFactory();
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\((\\S+?)\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|_)(\\S(?:.*?\\S)?)\\1");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+");

    private final Parser parser;
    private final HtmlRenderer renderer;

    public StoryMarkdown() {
        MutableDataSet options = new MutableDataSet();
        options.set(HtmlRenderer.SOFT_BREAK, " ");
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /** Sanitised, well-formed HTML (usable inside XHTML). */
    public String html(String markdown) {
        return POLICY.sanitize(renderer.render(parser.parse(markdown == null ? "" : markdown)));
    }

    /** Paragraphs of plain text: emphasis dropped, links as "text (address)", list items as "• item". */
    public List<String> paragraphs(String markdown) {
        List<String> paragraphs = new ArrayList<>();
        for (String block : (markdown == null ? "" : markdown).strip().split("\\R\\s*\\R")) {
            List<String> lines = new ArrayList<>();
            for (String line : block.strip().split("\\R")) {
                String text = HEADING.matcher(line.strip()).replaceFirst("");
                text = BULLET.matcher(text).find() ? "• " + BULLET.matcher(text).replaceFirst("") : text;
                text = LINK.matcher(text).replaceAll("$1 ($2)");
                text = EMPHASIS.matcher(text).replaceAll("$2");
                if (text.startsWith(">")) {
                    text = text.substring(1).strip();
                }
                lines.add(text.strip());
            }
            String joined = String.join(lines.stream().anyMatch(l -> l.startsWith("• ")) ? "\n" : " ", lines).strip();
            if (!joined.isEmpty()) {
                paragraphs.add(joined);
            }
        }
        return paragraphs;
    }
}

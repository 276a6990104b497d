package id.cerita.site;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;

import id.cerita.site.internal.DirectHtml;
import id.cerita.site.internal.PlainTextRendering;
import id.cerita.site.internal.PrintBlocks;

/**
 * The one Markdown pipeline of Cerita: one parser with its extensions, two outputs. {@link #toHtml} is the web page
 * (the editor's live preview and the exported site, so that what an editor sees is what the public reads);
 * {@link #toPrint} is the same parse for the press kit (PDF, DOCX, text, ninjs, NewsML-G2). Tables, typographic
 * quotes and dashes, headings with anchors; the
 * output is what an allow-list sanitiser lets through, so raw HTML, scripts and event handlers in a story never reach a
 * page: written by {@link DirectHtml} in the sanitiser's own form when it knows every node, else sanitised.
 * Thread-safe and expensive to build: make one and share it.
 */
public final class MarkdownRenderer {

    private static final Pattern PRINT_LINK = Pattern.compile("(?i)(https?:|mailto:)\\S+");
    private static final Pattern HEADING_ID = DirectHtml.HEADING_ID;

    private final Parser parser;
    /** The same parser without the table extension, for the many bodies without a pipe (no table can form). */
    private final Parser pipeless;
    private final HtmlRenderer renderer;
    private final PolicyFactory policy;
    private final HtmlRenderer printRenderer;
    private final PolicyFactory printPolicy;

    public MarkdownRenderer() {
        List<Extension> withoutTables = List.of(TypographicExtension.create(), AnchorLinkExtension.create(),
                StrikethroughExtension.create(), PlainTextRendering.create());
        List<Extension> extensions = new ArrayList<>(withoutTables);
        extensions.addFirst(TablesExtension.create());
        MutableDataSet options = new MutableDataSet()
            .set(Parser.EXTENSIONS, extensions)
            .set(HtmlRenderer.GENERATE_HEADER_ID, true)
            .set(HtmlRenderer.RENDER_HEADER_ID, true)
            .set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false)
            .set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, true)
            .set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "anchor")
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .set(TablesExtension.WITH_CAPTION, false)
            .set(TablesExtension.CLASS_NAME, "table");
        this.parser = Parser.builder(options).build();
        // a table needs a pipe; the extension's paragraph pre-processor was built and run for every body all the same
        this.pipeless = Parser.builder(new MutableDataSet(options).set(Parser.EXTENSIONS, withoutTables)).build();
        this.renderer = HtmlRenderer.builder(options).build();
        this.policy = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES).and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder()
                .allowElements("a").allowStandardUrlProtocols().allowAttributes("href", "title").onElements("a")
                .allowAttributes("class").matching(true, "anchor").onElements("a")
                .allowAttributes("id").matching(HEADING_ID).onElements("h1", "h2", "h3", "h4", "h5", "h6")
                .requireRelsOnLinks("noopener")
                .allowElements("h1", "h2", "h3", "h4", "h5", "h6", "pre", "code", "hr", "br", "del", "s", "table", "thead", "tbody", "tr", "th", "td")
                .allowAttributes("class").matching(true, "table").onElements("table")
                .allowAttributes("align").matching(true, "left", "center", "right").onElements("th", "td")
                .toFactory());
        // print: the same parse, no heading anchors or ids, soft breaks as spaces, only absolute links
        this.printRenderer = HtmlRenderer.builder(new MutableDataSet(options)
                .set(HtmlRenderer.GENERATE_HEADER_ID, false)
                .set(HtmlRenderer.RENDER_HEADER_ID, false)
                .set(HtmlRenderer.SOFT_BREAK, " ")
                .set(TablesExtension.CLASS_NAME, "")).build();
        this.printPolicy = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "em", "b", "i", "del", "s", "ul", "ol", "li", "blockquote", "h2", "h3",
                    "h4", "a", "table", "thead", "tbody", "tr", "th", "td", "code", "pre")
            .allowElements((element, attributes) -> "h2", "h1")
            .allowElements((element, attributes) -> "h4", "h5", "h6")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").matching(PRINT_LINK).onElements("a")
            .requireRelsOnLinks("noopener")
            .allowAttributes("align").matching(true, "left", "center", "right").onElements("th", "td")
            .toFactory();
    }

    /** Renders a story body; null or blank gives an empty string. */
    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Document document = parse(markdown);
        String sanitized = DirectHtml.sanitized(document);
        if (sanitized != null) {
            return sanitized;
        }
        String html = DirectHtml.render(document);
        return policy.sanitize(html != null ? html : renderer.render(document));
    }

    /** What the sanitiser makes of Flexmark's own rendering, the reference {@link #toHtml} is held to. */
    String sanitizedFlexmark(String markdown) {
        return policy.sanitize(renderer.render(parser.parse(markdown)));
    }

    /**
     * The HTML before the sanitiser. {@code direct}: written by {@link DirectHtml} when it knows every node of the
     * body (the same characters, a fraction of the work), else by Flexmark's renderer.
     */
    String html(String markdown, boolean direct) {
        Document document = parse(markdown);
        String html = direct ? DirectHtml.render(document) : null;
        return html != null ? html : renderer.render(document);
    }

    /** Whether {@link DirectHtml} writes this body, rather than Flexmark's renderer. */
    boolean writtenDirectly(String markdown) {
        return DirectHtml.render(parse(markdown)) != null;
    }

    /** Whether {@link DirectHtml} writes this body as the sanitiser would, so that no sanitiser runs. */
    boolean writtenSanitized(String markdown) {
        return DirectHtml.sanitized(parse(markdown)) != null;
    }

    /** Flexmark's tree of a body; the one without the table extension where no pipe is written. */
    Document parse(String markdown) {
        return (markdown.indexOf('|') < 0 ? pipeless : parser).parse(markdown);
    }

    /** The same story body for print and newsroom formats: XHTML without anchors, and its blocks. */
    public PrintBody toPrint(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return new PrintBody("", java.util.List.of());
        }
        Document document = parse(markdown);
        return new PrintBody(printPolicy.sanitize(printRenderer.render(document)), PrintBlocks.of(document));
    }
}

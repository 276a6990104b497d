package id.cerita.site.internal;

import java.util.Set;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * Renders Markdown text exactly as Flexmark's core renderer does, without its two regular-expression passes when
 * the text has nothing to unescape or to escape, which is most of a story. Flexmark runs a pattern over every text
 * run to find backslashes and entities, and another to escape {@code & < > "}, through a character sequence that
 * reads each character by indirection: a quarter of the CPU of a whole site export went there.
 */
public final class PlainTextRendering implements HtmlRenderer.HtmlRendererExtension {

    private PlainTextRendering() {
    }

    public static PlainTextRendering create() {
        return new PlainTextRendering();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        // an extension's renderer for a node type replaces the core one
        builder.nodeRendererFactory(options -> new TextRenderer());
    }

    private static final class TextRenderer implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Text.class, TextRenderer::render));
        }

        /** The core's {@code html.text(normalizeEOL(unescape(chars)))}, each step skipped when it would change nothing. */
        private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
            String text = node.getChars().toString();
            String unescaped = text.indexOf('\\') < 0 && text.indexOf('&') < 0 ? text : Escaping.unescapeString(text);
            String line = Escaping.normalizeEOL(unescaped);
            if (hasHtmlSpecial(line)) {
                html.text(line);
            }
            else {
                html.raw(line);
            }
        }

        /** The characters Flexmark's {@code escapeHtml} replaces (its pattern {@code [&<>"]}). */
        private static boolean hasHtmlSpecial(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '&' || c == '<' || c == '>' || c == '"') {
                    return true;
                }
            }
            return false;
        }
    }
}

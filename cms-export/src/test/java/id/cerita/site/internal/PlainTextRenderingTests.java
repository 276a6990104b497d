package id.cerita.site.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;

import id.cerita.site.SiteStories;
import id.cerita.story.Language;

class PlainTextRenderingTests {

    @Test
    void rendersEveryTextExactlyAsFlexmarksOwnRenderer() {
        List<String> inputs = new ArrayList<>(SiteStories.TRICKY_MARKDOWN);
        for (int i = 0; i < 12; i++) {
            inputs.add(SiteStories.story(i, i % 3 == 0 ? Language.EN : Language.ID).body());
        }
        List<Extension> core = List.of(TablesExtension.create(), TypographicExtension.create(),
                AnchorLinkExtension.create(), StrikethroughExtension.create());
        List<Extension> withPlainText = new ArrayList<>(core);
        withPlainText.add(PlainTextRendering.create());

        for (String markdown : inputs) {
            assertThat(render(withPlainText, markdown)).as(markdown).isEqualTo(render(core, markdown));
        }
    }

    @Test
    void stillEscapesWhatHtmlWouldReadAsMarkup() {
        List<Extension> extensions = List.of(PlainTextRendering.create());
        assertThat(render(extensions, "a < b & \"c\" > d")).isEqualTo("<p>a &lt; b &amp; &quot;c&quot; &gt; d</p>\n");
        assertThat(render(extensions, "\\*tetap\\* &copy;")).isEqualTo("<p>*tetap* ©</p>\n");
    }

    private static String render(List<Extension> extensions, String markdown) {
        MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS, extensions)
            .set(HtmlRenderer.GENERATE_HEADER_ID, true).set(HtmlRenderer.RENDER_HEADER_ID, true)
            .set(HtmlRenderer.ESCAPE_HTML, true);
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }
}

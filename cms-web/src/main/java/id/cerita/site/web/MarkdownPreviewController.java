package id.cerita.site.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import id.cerita.site.MarkdownRenderer;
import id.cerita.story.StoryContent;

/**
 * The editor's live preview: story Markdown rendered by the very renderer the exported site uses. Answers a sanitised
 * HTML fragment; the editor's script posts with the CSRF header.
 */
@Controller
class MarkdownPreviewController {

    private final MarkdownRenderer markdown;

    MarkdownPreviewController(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    @PostMapping(path = "/stories/preview", consumes = MediaType.TEXT_PLAIN_VALUE, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> preview(@RequestBody(required = false) String body) {
        if (body != null && body.length() > StoryContent.MAX_BODY) {
            return ResponseEntity.status(413).contentType(MediaType.TEXT_PLAIN)
                .body("Isi lebih dari " + StoryContent.MAX_BODY + " karakter");
        }
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
            .body(markdown.toHtml(body));
    }
}

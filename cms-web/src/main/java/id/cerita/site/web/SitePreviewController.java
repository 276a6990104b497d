package id.cerita.site.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UrlPathHelper;


import id.cerita.site.SitePreviews;

/**
 * The exported site, read-only, for staff: {@code /site/preview/<build>/<path>} serves a file of the live build or of
 * the newest one not live yet. The site links root-relative ({@code /assets/site.css}); HTML and CSS are served with
 * those links pointing into the same preview, everything else as stored. The site has no inline scripts or styles, so
 * the CMS's own Content-Security-Policy applies unchanged.
 */
@Controller
@PreAuthorize("@capability.granted(authentication, 'USE_NEWSROOM')")
class SitePreviewController {

    private static final Pattern HTML_LINK = Pattern.compile("(\\s(?:href|src|action|poster|content)=\")/(?!/)");
    private static final Pattern SRCSET = Pattern.compile("(\\ssrcset=\")([^\"]*)\"");
    private static final Pattern CSS_URL = Pattern.compile("(url\\(\\s*['\"]?)/(?!/)");

    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final SitePreviews previews;

    SitePreviewController(SitePreviews previews) {
        this.previews = previews;
    }

    @GetMapping("/site/preview/{build}")
    String root(@PathVariable String build) {
        return "redirect:/site/preview/" + (build.matches("\\d{1,9}") ? build : "0") + "/";
    }

    @GetMapping("/site/preview/{build}/**")
    ResponseEntity<?> file(@PathVariable String build, HttpServletRequest request) throws IOException {
        String within = PATHS.getPathWithinApplication(request);
        String start = "/site/preview/" + build + "/";
        String path = within.startsWith(start) ? within.substring(start.length()) : "";
        Optional<Path> found = previews.file(build, path);
        if (found.isEmpty()) {
            Optional<String> live = previews.successor(build);
            if (live.isPresent()) {
                return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(
                        UriComponentsBuilder.fromPath("/site/preview/" + live.get() + "/").path(path).build()
                            .encode().toUriString())).build();
            }
        }
        Path file = found.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String name = file.getFileName().toString();
        MediaType type = MediaTypeFactory.getMediaType(name).orElse(MediaType.APPLICATION_OCTET_STREAM);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().cacheControl(CacheControl.noStore())
            .header("X-Content-Type-Options", "nosniff");
        String prefix = "/site/preview/" + build + "/";
        if (name.endsWith(".html")) {
            return response.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html(Files.readString(file), prefix));
        }
        if (name.endsWith(".css")) {
            return response.contentType(new MediaType("text", "css", StandardCharsets.UTF_8))
                .body(CSS_URL.matcher(Files.readString(file)).replaceAll("$1" + Matcher.quoteReplacement(prefix)));
        }
        return response.contentType(type).body(new FileSystemResource(file));
    }

    static String html(String page, String prefix) {
        String linked = HTML_LINK.matcher(page).replaceAll("$1" + Matcher.quoteReplacement(prefix));
        return SRCSET.matcher(linked).replaceAll(m -> Matcher.quoteReplacement(m.group(1)
                + m.group(2).replaceAll("(^|,\\s*)/(?!/)", "$1" + prefix) + "\""));
    }
}

package id.cerita.analytics.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.cerita.analytics.KitDownloadStats;

/**
 * Who took which press kits: per story, per journalist, per outlet, for editors and admins, on a page, as CSV for a
 * spreadsheet ({@link KitDownloadsApiController} gives the same as JSON).
 */
@Controller
@PreAuthorize("@capability.granted(authentication, 'EXPORT_SITE')")
class KitDownloadsController {

    private final KitDownloadStats stats;

    KitDownloadsController(KitDownloadStats stats) {
        this.stats = stats;
    }

    @GetMapping("/analytics/downloads")
    String page(Model model) {
        model.addAttribute("figures", figures());
        return "analytics/downloads";
    }

    @GetMapping("/analytics/downloads.csv")
    ResponseEntity<byte[]> csv(@RequestParam(defaultValue = "story") String by) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            switch (by) {
                case "journalist" -> {
                    csv.printRecord("username", "display_name", "outlet", "downloads", "stories", "last_download");
                    for (var r : stats.perJournalist()) {
                        csv.printRecord(r.username(), r.displayName(), r.outlet(), r.downloads(), r.stories(),
                                iso(r.lastDownloadedAt()));
                    }
                }
                case "followed" -> {
                    csv.printRecord("story_id", "title", "username", "display_name", "outlet", "first_download",
                            "clip_headline", "clip_published_on", "clip_url");
                    for (var r : stats.followedByCoverage()) {
                        csv.printRecord(r.storyId(), r.title(), r.username(), r.displayName(), r.outlet(),
                                iso(r.downloadedAt()), r.headline(), r.clipPublishedOn(), r.clipUrl());
                    }
                }
                case "outlet" -> {
                    csv.printRecord("outlet", "downloads", "journalists", "stories");
                    for (var r : stats.perOutlet()) {
                        csv.printRecord(r.outlet(), r.downloads(), r.journalists(), r.stories());
                    }
                }
                default -> {
                    csv.printRecord("story_id", "title", "slug", "downloads", "journalists", "last_download");
                    for (var r : stats.perStory()) {
                        csv.printRecord(r.storyId(), r.title(), r.slug(), r.downloads(), r.journalists(),
                                iso(r.lastDownloadedAt()));
                    }
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = "unduhan-kit-per-" + switch (by) {
            case "journalist" -> "wartawan";
            case "outlet" -> "media";
            case "followed" -> "liputan";
            default -> "cerita";
        } + ".csv";
        // a byte-order mark, so that spreadsheet programs read the Indonesian titles as UTF-8
        byte[] body = ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(body);
    }

    private DownloadFigures figures() {
        return DownloadFigures.of(stats);
    }

    private static String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}

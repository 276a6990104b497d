package id.cerita.press.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import id.cerita.press.PressPhoto;

/**
 * The article as IPTC ninjs 3.1 (News in JSON): headlines, HTML and text bodies, embargo, place with its Kemendagri
 * code, themes and courses as subjects, the person (only with NAME consent), rights, and each photo as an associated
 * picture with its rendition's size and point of interest. A rendition's {@code title} is its path inside the kit
 * ({@code href} must be an absolute URI, and the photo has none outside the kit).
 */
public final class NinjsDocument {

    static final String SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#";

    private final JsonMapper json = JsonMapper.builder().build();

    public byte[] render(PressArticle a) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("standard", Map.of("name", "ninjs", "version", "3.1", "schema", SCHEMA));
        doc.put("uri", a.uri());
        doc.put("type", "text");
        doc.put("representationType", "full");
        doc.put("profile", a.photos().isEmpty() ? "text-only" : "text-photo");
        doc.put("version", String.valueOf(a.revision()));
        doc.put("firstCreated", time(a.firstCreated()));
        doc.put("versionCreated", time(a.versionCreated()));
        if (a.release().embargoed()) {
            doc.put("embargoedUntil", time(a.release().embargoedUntil()));
            doc.put("edNote", a.release().text());
        }
        doc.put("pubStatus", "usable");
        doc.put("language", a.language().code());
        doc.put("slugline", a.slug());
        doc.put("headlines", List.of(Map.of("role", "main", "value", a.headline())));
        doc.put("descriptions", List.of(Map.of("role", "summary", "contentType", "text/plain", "value", a.summary())));
        doc.put("bodies", List.of(
                Map.of("role", "main", "contentType", "text/html", "value", a.bodyHtml()),
                Map.of("role", "main", "contentType", "text/plain", "value", a.bodyText(),
                        "wordCount", a.bodyText().split("\\s+").length, "charCount", a.bodyText().length())));
        doc.put("by", a.settings().organisation());
        doc.put("located", a.region().shortName() + ", " + a.province().shortName());
        doc.put("places", List.of(
                Map.of("name", a.region().name(), "rel", "located", "uri", a.placeUri(), "literal", a.region().code()),
                Map.of("name", a.province().name(), "rel", "broader", "uri", PressUris.region(a.province().code()),
                        "literal", a.province().code())));
        doc.put("subjects", a.subjects().stream()
            .map(s -> Map.of("name", s.name(), "rel", s.kind(), "uri", s.uri())).toList());
        if (a.personName() != null) {
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("name", a.personName());
            person.put("rel", "subject");
            doc.put("people", List.of(person));
        }
        if (a.business() != null) {
            doc.put("organisations", List.of(Map.of("name", a.business(), "rel", "subject")));
        }
        doc.put("copyrightHolder", a.settings().copyrightHolder());
        doc.put("copyrightNotice", a.copyrightNotice());
        doc.put("usageTerms", a.usageTerms());
        if (!a.photos().isEmpty()) {
            doc.put("associations", associations(a));
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc);
    }

    private static List<Map<String, Object>> associations(PressArticle a) {
        List<Map<String, Object>> photos = new ArrayList<>();
        int n = 1;
        for (PressPhoto photo : a.photos()) {
            Map<String, Object> rendition = new LinkedHashMap<>();
            rendition.put("name", "original");
            rendition.put("title", KitLayout.photoPath(photo));
            rendition.put("contentType", "image/jpeg");
            rendition.put("width", photo.width());
            rendition.put("height", photo.height());
            rendition.put("sizeInBytes", photo.jpeg().length);
            rendition.put("poi", Map.of("x", (int) Math.round(photo.focalPoint().x() * photo.width()),
                    "y", (int) Math.round(photo.focalPoint().y() * photo.height())));
            Map<String, Object> picture = new LinkedHashMap<>();
            picture.put("name", "photo" + n++);
            picture.put("rel", "illustration");
            picture.put("uri", PressUris.photo(a.storyId(), photo.fileName()));
            picture.put("type", "picture");
            picture.put("descriptions", List.of(Map.of("role", "caption", "value", photo.caption())));
            picture.put("by", photo.credit());
            picture.put("copyrightNotice", photo.copyrightNotice());
            picture.put("renditions", List.of(rendition));
            photos.add(picture);
        }
        return photos;
    }

    private static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}

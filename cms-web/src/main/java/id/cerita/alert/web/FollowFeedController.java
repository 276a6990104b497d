package id.cerita.alert.web;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import id.cerita.alert.FollowFeeds;
import id.cerita.alert.FollowFeeds.FollowFeed;
import id.cerita.story.StoryDetails;

/**
 * {@code /alerts/feed/<secret>}: one follow's stories as Atom 1.0 (RFC 4287), for a feed reader, which cannot sign
 * in; the secret in the address is the follow's own. An unfollowed follow's feed is gone (404).
 */
@Controller
class FollowFeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final String NS = "http://www.w3.org/2005/Atom";

    private final FollowFeeds feeds;
    private final AlertProperties properties;

    FollowFeedController(FollowFeeds feeds, AlertProperties properties) {
        this.feeds = feeds;
        this.properties = properties;
    }

    @GetMapping("/alerts/feed/{token}")
    ResponseEntity<String> feed(@PathVariable String token) throws XMLStreamException {
        var feed = feeds.feed(token);
        if (feed.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(ATOM).body(atom(feed.get(), properties.link("/alerts/feed/" + token)));
    }

    String atom(FollowFeed feed, String self) throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(NS);
        xml.writeAttribute("xml:lang", "id");
        element(xml, "id", "urn:uuid:" + feed.follow().id());
        element(xml, "title", "Cerita — " + feed.follow().label());
        element(xml, "subtitle", "Cerita alumni yang terbit untuk yang Anda ikuti: " + feed.follow().label());
        Instant updated = feed.stories().stream().map(FollowFeedController::changed).max(Instant::compareTo)
            .orElse(feed.follow().createdAt());
        element(xml, "updated", time(updated));
        link(xml, "self", self);
        link(xml, "alternate", properties.link("/press"));
        xml.writeStartElement("author");
        element(xml, "name", "Cerita");
        xml.writeEndElement();
        for (StoryDetails story : feed.stories()) {
            xml.writeStartElement("entry");
            element(xml, "id", "urn:uuid:" + story.id());
            element(xml, "title", story.title());
            link(xml, "alternate", properties.link("/press/stories/" + story.slug()));
            element(xml, "published", time(story.publishedAt()));
            element(xml, "updated", time(changed(story)));
            element(xml, "summary", story.summary());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    private static Instant changed(StoryDetails story) {
        return story.updatedAt() == null ? story.publishedAt() : story.updatedAt();
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}

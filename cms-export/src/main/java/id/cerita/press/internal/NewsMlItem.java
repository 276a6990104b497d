package id.cerita.press.internal;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import id.cerita.site.PrintBlock;

/**
 * The article as an IPTC NewsML-G2 2.35 newsItem (power conformance): rights, embargo and publication status in
 * itemMeta, place, language, subjects, headline and dateline in contentMeta, the story as XHTML in the content set.
 */
public final class NewsMlItem {

    static final String NAR = "http://iptc.org/std/nar/2006-10-01/";
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    public byte[] render(PressArticle a) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            XMLStreamWriter x = FACTORY.createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.setDefaultNamespace(NAR);
            x.writeStartElement(NAR, "newsItem");
            x.writeDefaultNamespace(NAR);
            x.writeAttribute("guid", "urn:cerita:story:" + a.storyId() + ":" + a.language().code());
            x.writeAttribute("version", String.valueOf(a.revision()));
            x.writeAttribute("standard", "NewsML-G2");
            x.writeAttribute("standardversion", "2.35");
            x.writeAttribute("conformance", "power");
            x.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", a.language().code());
            empty(x, "catalogRef", "href", "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml");
            rights(x, a);
            itemMeta(x, a);
            contentMeta(x, a);
            contentSet(x, a);
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("NewsML-G2 could not be written", e);
        }
        return out.toByteArray();
    }

    private static void rights(XMLStreamWriter x, PressArticle a) throws XMLStreamException {
        x.writeStartElement(NAR, "rightsInfo");
        x.writeStartElement(NAR, "copyrightHolder");
        text(x, "name", a.settings().copyrightHolder());
        x.writeEndElement();
        text(x, "copyrightNotice", a.copyrightNotice());
        text(x, "usageTerms", a.usageTerms());
        x.writeEndElement();
    }

    private static void itemMeta(XMLStreamWriter x, PressArticle a) throws XMLStreamException {
        x.writeStartElement(NAR, "itemMeta");
        empty(x, "itemClass", "qcode", "ninat:text");
        x.writeStartElement(NAR, "provider");
        x.writeAttribute("literal", "cerita");
        text(x, "name", a.settings().organisation());
        x.writeEndElement();
        text(x, "versionCreated", time(a.versionCreated()));
        text(x, "firstCreated", time(a.firstCreated()));
        if (a.release().embargoed()) {
            text(x, "embargoed", time(a.release().embargoedUntil()));
        }
        empty(x, "pubStatus", "qcode", "stat:usable");
        if (a.release().embargoed()) {
            text(x, "edNote", a.release().text());
        }
        x.writeEndElement();
    }

    private static void contentMeta(XMLStreamWriter x, PressArticle a) throws XMLStreamException {
        x.writeStartElement(NAR, "contentMeta");
        text(x, "contentCreated", time(a.firstCreated()));
        text(x, "contentModified", time(a.versionCreated()));
        x.writeStartElement(NAR, "located");
        x.writeAttribute("type", "cptype:city");
        x.writeAttribute("uri", a.placeUri());
        text(x, "name", a.region().name());
        x.writeStartElement(NAR, "broader");
        x.writeAttribute("type", "cptype:statprov");
        x.writeAttribute("uri", PressUris.region(a.province().code()));
        text(x, "name", a.province().name());
        x.writeEndElement();
        x.writeStartElement(NAR, "broader");
        x.writeAttribute("type", "cptype:country");
        x.writeAttribute("qcode", "iso3166-1a2:ID");
        text(x, "name", "Indonesia");
        x.writeEndElement();
        x.writeEndElement();
        x.writeStartElement(NAR, "creator");
        text(x, "name", a.settings().organisation());
        x.writeEndElement();
        empty(x, "language", "tag", a.language().code());
        for (PressArticle.Subject subject : a.subjects()) {
            x.writeStartElement(NAR, "subject");
            x.writeAttribute("type", "cpnat:abstract");
            x.writeAttribute("uri", subject.uri());
            text(x, "name", subject.name());
            x.writeEndElement();
        }
        if (a.personName() != null) {
            x.writeStartElement(NAR, "subject");
            x.writeAttribute("type", "cpnat:person");
            x.writeAttribute("literal", "alumnus");
            text(x, "name", a.personName());
            x.writeEndElement();
        }
        text(x, "slugline", a.slug());
        text(x, "headline", a.headline());
        text(x, "dateline", a.dateline());
        text(x, "by", a.settings().organisation());
        x.writeStartElement(NAR, "description");
        x.writeAttribute("role", "drol:summary");
        x.writeCharacters(a.summary());
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void contentSet(XMLStreamWriter x, PressArticle a) throws XMLStreamException {
        x.writeStartElement(NAR, "contentSet");
        x.writeStartElement(NAR, "inlineXML");
        x.writeAttribute("contenttype", "application/xhtml+xml");
        x.writeStartElement("", "html", XHTML);
        x.writeDefaultNamespace(XHTML);
        x.writeStartElement(XHTML, "head");
        x.writeStartElement(XHTML, "title");
        x.writeCharacters(a.headline());
        x.writeEndElement();
        x.writeEndElement();
        x.writeStartElement(XHTML, "body");
        para(x, a.release().text());
        if (!a.datelineLeadsFirstParagraph()) {
            para(x, a.dateline() + " –");
        }
        boolean first = a.datelineLeadsFirstParagraph();
        for (PrintBlock block : a.bodyBlocks()) {
            if (first && block instanceof PrintBlock.Paragraph p) {
                para(x, a.dateline() + " – " + p.text());
            } else {
                block(x, block);
            }
            first = false;
        }
        para(x, a.boilerplate());
        para(x, a.settings().contactLine());
        para(x, "###");
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
    }

    /** One body block as XHTML: headings, lists, quotes and tables keep their structure. */
    private static void block(XMLStreamWriter x, PrintBlock block) throws XMLStreamException {
        switch (block) {
            case PrintBlock.Heading h -> element(x, "h" + Math.clamp(h.level(), 2, 4), h.text());
            case PrintBlock.Paragraph p -> para(x, p.text());
            case PrintBlock.ListBlock list -> {
                x.writeStartElement(XHTML, list.ordered() ? "ol" : "ul");
                for (String item : list.items()) {
                    element(x, "li", item);
                }
                x.writeEndElement();
            }
            case PrintBlock.Quote quote -> {
                x.writeStartElement(XHTML, "blockquote");
                for (String paragraph : quote.paragraphs()) {
                    para(x, paragraph);
                }
                x.writeEndElement();
            }
            case PrintBlock.Table table -> table(x, table);
        }
    }

    private static void table(XMLStreamWriter x, PrintBlock.Table table) throws XMLStreamException {
        x.writeStartElement(XHTML, "table");
        x.writeStartElement(XHTML, "thead");
        row(x, "th", table.header(), table);
        x.writeEndElement();
        x.writeStartElement(XHTML, "tbody");
        for (java.util.List<String> row : table.rows()) {
            row(x, "td", row, table);
        }
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void row(XMLStreamWriter x, String cell, java.util.List<String> cells, PrintBlock.Table table)
            throws XMLStreamException {
        x.writeStartElement(XHTML, "tr");
        for (int c = 0; c < cells.size(); c++) {
            x.writeStartElement(XHTML, cell);
            if (table.alignments().get(c) != PrintBlock.Table.Align.LEFT) {
                x.writeAttribute("style", "text-align:" + table.alignments().get(c).name().toLowerCase(java.util.Locale.ROOT));
            }
            x.writeCharacters(cells.get(c));
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(XHTML, name);
        x.writeCharacters(text);
        x.writeEndElement();
    }

    private static void para(XMLStreamWriter x, String text) throws XMLStreamException {
        x.writeStartElement(XHTML, "p");
        x.writeCharacters(text);
        x.writeEndElement();
    }

    private static void text(XMLStreamWriter x, String element, String text) throws XMLStreamException {
        x.writeStartElement(NAR, element);
        x.writeCharacters(text);
        x.writeEndElement();
    }

    private static void empty(XMLStreamWriter x, String element, String attribute, String value)
            throws XMLStreamException {
        x.writeEmptyElement(NAR, element);
        x.writeAttribute(attribute, value);
    }

    private static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}

package id.cerita.press.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Keeps each heading on the page of the block that follows it: wraps the pair in a {@code div.keep} that the
 * template styles {@code page-break-inside: avoid}, since OpenHTMLtoPDF does not honour {@code break-after: avoid}
 * on its own. Runs on the parsed XHTML before layout (an OpenHTMLtoPDF DOM mutator).
 */
final class KeepHeadingsWithNext {

    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4");

    private KeepHeadingsWithNext() {
    }

    static void mutateDocument(Document document) {
        List<Element> headings = new ArrayList<>();
        for (String name : HEADINGS) {
            NodeList found = document.getElementsByTagName(name);
            for (int i = 0; i < found.getLength(); i++) {
                headings.add((Element) found.item(i));
            }
        }
        for (Element heading : headings) {
            Element next = nextElement(heading);
            if (next == null || HEADINGS.contains(next.getTagName())) {
                continue;
            }
            Element keep = document.createElementNS(heading.getNamespaceURI(), "div");
            keep.setAttribute("class", "keep");
            heading.getParentNode().insertBefore(keep, heading);
            keep.appendChild(heading);
            keep.appendChild(next);
        }
    }

    private static Element nextElement(Node node) {
        for (Node n = node.getNextSibling(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element element) {
                return element;
            }
        }
        return null;
    }
}

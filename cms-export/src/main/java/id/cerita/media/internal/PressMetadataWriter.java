package id.cerita.media.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.imaging.formats.jpeg.iptc.IptcRecord;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcTypes;
import org.apache.commons.imaging.formats.jpeg.iptc.JpegIptcRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.PhotoshopApp13Data;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;

import id.cerita.media.PressCaption;

/** Embeds a {@link PressCaption} into a JPEG as IPTC IIM (UTF-8, record 1:90 set) and as XMP (dc, photoshop). */
public final class PressMetadataWriter {

    private PressMetadataWriter() {
    }

    public static void embed(byte[] jpeg, PressCaption caption, OutputStream target) throws IOException {
        List<IptcRecord> records = new ArrayList<>();
        add(records, IptcTypes.CAPTION_ABSTRACT, caption.caption());
        add(records, IptcTypes.CREDIT, caption.credit());
        add(records, IptcTypes.COPYRIGHT_NOTICE, caption.copyrightNotice());
        add(records, IptcTypes.BYLINE, caption.creator());
        ByteArrayOutputStream withIptc = new ByteArrayOutputStream(jpeg.length + 2048);
        new JpegIptcRewriter().writeIptc(jpeg, withIptc, new PhotoshopApp13Data(records, List.of(), true));
        new JpegXmpRewriter().updateXmpXml(withIptc.toByteArray(), target, xmp(caption));
    }

    private static void add(List<IptcRecord> records, org.apache.commons.imaging.formats.jpeg.iptc.IptcType type, String value) {
        if (!value.isEmpty()) {
            records.add(new IptcRecord(type, value));
        }
    }

    static String xmp(PressCaption c) {
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about=""
                    xmlns:dc="http://purl.org/dc/elements/1.1/"
                    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">
                   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:description>
                   <dc:rights><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:rights>
                   <dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>
                   <photoshop:Credit>%s</photoshop:Credit>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(escape(c.caption()), escape(c.copyrightNotice()),
                escape(c.creator()), escape(c.credit()));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

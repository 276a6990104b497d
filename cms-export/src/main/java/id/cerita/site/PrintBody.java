package id.cerita.site;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A story body for print and newsroom formats, from the same parse as the web page: sanitised XHTML (no heading
 * anchors or ids; usable inside XHTML documents, PDF and ninjs) and the same content as {@link PrintBlock blocks}.
 */
public record PrintBody(String xhtml, List<PrintBlock> blocks) {

    public PrintBody {
        blocks = List.copyOf(blocks);
    }

    /** The blocks as plain text, separated by blank lines; tables aligned in columns. */
    public String plainText() {
        return blocks.stream().map(PrintBlock::plainText).collect(Collectors.joining("\n\n"));
    }
}

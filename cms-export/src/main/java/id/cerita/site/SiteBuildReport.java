package id.cerita.site;

import java.nio.file.Path;
import java.util.List;

/**
 * What a build did: the directory it wrote, and which files it rendered and which it hard-linked, unchanged, from
 * the build before it.
 */
public record SiteBuildReport(Path build, List<String> rendered, List<String> linked) {

    public SiteBuildReport {
        rendered = List.copyOf(rendered);
        linked = List.copyOf(linked);
    }

    public int files() {
        return rendered.size() + linked.size();
    }

    /** The HTML pages of the build, rendered or linked unchanged. */
    public int pages() {
        return (int) java.util.stream.Stream.concat(rendered.stream(), linked.stream())
            .filter(path -> path.endsWith(".html")).count();
    }
}

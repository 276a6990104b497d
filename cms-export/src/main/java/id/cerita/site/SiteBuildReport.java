package id.cerita.site;

import java.nio.file.Path;
import java.util.List;

/**
 * What a build did: the directory it wrote, which files it rendered and which it hard-linked, unchanged, from the
 * build before it (the search bundle not counted; each list in the plan's stable order), and how its visitors' search index came to be and in how long.
 */
public record SiteBuildReport(Path build, List<String> rendered, List<String> linked, SearchIndexing searchIndex,
        long searchIndexMillis) {

    /** How the build got its {@code pagefind/} bundle. */
    public enum SearchIndexing {
        /** Pagefind ran: a story page changed, came or went. */
        INDEXED,
        /** No story page changed: the bundle of an earlier build was kept or hard-linked. */
        REUSED,
        /** No story on the site: no bundle (Pagefind does not index nothing). */
        NONE,
        /** The builder was made without the visitors' search: no bundle. */
        OFF
    }

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

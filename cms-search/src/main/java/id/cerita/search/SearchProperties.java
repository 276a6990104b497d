package id.cerita.search;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where search runs. With no {@code uris} Cerita starts its own embedded Elasticsearch node under
 * {@code <cerita.data-dir>/elasticsearch}; in production point {@code uris} at a cluster.
 *
 * @param uris cluster URLs, e.g. {@code https://search-1:9200}; empty = embedded node
 * @param username basic authentication user (with {@code password})
 * @param password basic authentication password
 * @param apiKey an encoded API key (takes precedence over username and password)
 * @param sslBundle name of a Spring Boot SSL bundle ({@code spring.ssl.bundle.*}) trusted for {@code https} URLs;
 *        empty = the JVM's trust store
 * @param index name of the alias that queries read and indexing writes through
 * @param embedded the embedded node
 */
@ConfigurationProperties("cerita.search")
public record SearchProperties(@DefaultValue List<URI> uris, String username, String password, String apiKey,
        String sslBundle, @DefaultValue("stories") String index, @DefaultValue Embedded embedded) {

    public boolean embeddedNode() {
        return uris.isEmpty();
    }

    /**
     * @param dataDir the node's folder; empty = {@code <cerita.data-dir>/elasticsearch}
     * @param httpPort 0 = any free port on 127.0.0.1
     * @param heap heap of the node's JVM
     * @param startupTimeout how long to wait for the node to serve
     */
    public record Embedded(Path dataDir, @DefaultValue("0") int httpPort, @DefaultValue("512m") String heap,
            @DefaultValue("120s") Duration startupTimeout) {
    }
}

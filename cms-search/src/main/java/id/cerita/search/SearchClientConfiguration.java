package id.cerita.search;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.message.BasicHeader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import id.cerita.common.CeritaProperties;
import id.cerita.search.embedded.EmbeddedElasticsearch;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** One shared Elasticsearch client, to a configured cluster or to the embedded node started here. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ SearchProperties.class, CeritaProperties.class })
class SearchClientConfiguration {

    @Bean(destroyMethod = "close")
    SearchCluster searchCluster(SearchProperties properties, CeritaProperties settings) throws IOException {
        if (!properties.embeddedNode()) {
            return new SearchCluster(properties.uris(), null);
        }
        SearchProperties.Embedded embedded = properties.embedded();
        Path home = embedded.dataDir() != null ? embedded.dataDir() : settings.folder("elasticsearch");
        EmbeddedElasticsearch node = EmbeddedElasticsearch.launch(home, embedded.httpPort(), embedded.heap());
        return new SearchCluster(List.of(node.uri()), node);
    }

    @Bean(destroyMethod = "close")
    Rest5Client searchRestClient(SearchCluster cluster, SearchProperties properties,
            ObjectProvider<SslBundles> sslBundles) {
        Rest5ClientBuilder builder = Rest5Client.builder(cluster.uris());
        List<Header> headers = new ArrayList<>();
        if (StringUtils.hasText(properties.apiKey())) {
            headers.add(new BasicHeader(HttpHeaders.AUTHORIZATION, "ApiKey " + properties.apiKey()));
        } else if (StringUtils.hasText(properties.username())) {
            String credentials = properties.username() + ":" + (properties.password() == null ? "" : properties.password());
            headers.add(new BasicHeader(HttpHeaders.AUTHORIZATION,
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))));
        }
        builder.setDefaultHeaders(headers.toArray(Header[]::new));
        if (StringUtils.hasText(properties.sslBundle())) {
            builder.setSSLContext(sslBundles.getObject().getBundle(properties.sslBundle()).createSslContext());
        }
        return builder.build();
    }

    @Bean
    ElasticsearchClient elasticsearchClient(Rest5Client restClient) {
        return client(restClient);
    }

    /** Documents are (de)serialised in snake_case, as the mappings name their fields. */
    static ElasticsearchClient client(Rest5Client restClient) {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            // queries fetch only the fields they show: absent flags read as false
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
        return new ElasticsearchClient(new Rest5ClientTransport(restClient, new Jackson3JsonpMapper(mapper)));
    }

    /** The cluster the client talks to, and the embedded node if this application started one. */
    record SearchCluster(List<URI> uris, EmbeddedElasticsearch embeddedNode) implements AutoCloseable {

        /** Waits for the embedded node to serve (it starts in the background); a cluster is assumed up. */
        void awaitReady(Duration timeout) throws IOException {
            if (embeddedNode != null) {
                embeddedNode.awaitReady(timeout);
            }
        }

        @Override
        public void close() {
            if (embeddedNode != null) {
                embeddedNode.close();
            }
        }
    }
}

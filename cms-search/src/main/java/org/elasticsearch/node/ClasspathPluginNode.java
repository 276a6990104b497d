package org.elasticsearch.node;

import java.util.Collection;
import java.util.List;

import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.ClasspathPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;

/**
 * A real Elasticsearch node whose plugins are plain classes on the classpath (the way the Elasticsearch test framework
 * builds its nodes). It lives in Elasticsearch's package because {@code NodeConstruction} and
 * {@code NodeServiceProvider} are package-private: these hooks carry no compatibility promise, so the server version
 * is pinned in the root pom. Runs only in the embedded node's own JVM, never in the application's.
 */
public class ClasspathPluginNode extends Node {

    public ClasspathPluginNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
        super(NodeConstruction.prepareConstruction(environment, null, new NodeServiceProvider() {
            @Override
            PluginsService newPluginService(Environment env, PluginsLoader pluginsLoader) {
                return new ClasspathPluginsService(env.settings(), env, List.copyOf(plugins));
            }
        }, true));
    }

    /** The default listener writes node and cluster ids into set-once logging fields; harmless to skip here. */
    @Override
    protected void configureNodeAndClusterIdStateListener(ClusterService clusterService) {
    }
}

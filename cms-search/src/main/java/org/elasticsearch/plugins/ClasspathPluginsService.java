package org.elasticsearch.plugins;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.elasticsearch.Build;
import org.elasticsearch.action.admin.cluster.node.info.PluginsAndModules;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.spi.SPIClassIterator;

/**
 * Plugins instantiated from classes on the classpath: no modules/ folder, no descriptors, one class loader. In
 * Elasticsearch's package because {@code LoadedPlugin} and the {@code PluginsLoader} constructor are package-private.
 */
public class ClasspathPluginsService extends PluginsService {

    private final List<LoadedPlugin> loaded;

    public ClasspathPluginsService(Settings settings, Environment environment,
            Collection<Class<? extends Plugin>> pluginClasses) {
        super(settings, environment.configDir(),
                new PluginsLoader(Collections.emptySet(), Collections.emptySet(), Collections.emptyMap()));
        List<LoadedPlugin> plugins = new ArrayList<>();
        for (Class<? extends Plugin> pluginClass : pluginClasses) {
            Plugin plugin = loadPlugin(pluginClass, settings, environment.configDir());
            PluginDescriptor descriptor = new PluginDescriptor(pluginClass.getName(), "classpath plugin", "NA",
                    Build.current().version(), Integer.toString(Runtime.version().feature()), pluginClass.getName(),
                    null, Collections.emptyList(), false, false, false, false,
                    PluginDescriptor.DeploymentTarget.ALL);
            plugins.add(new LoadedPlugin(descriptor, plugin, pluginClass.getClassLoader()));
        }
        for (LoadedPlugin plugin : plugins) {
            if (plugin.instance() instanceof ExtensiblePlugin extensible) {
                extensible.loadExtensions(new ExtensiblePlugin.ExtensionLoader() {
                    @Override
                    public <T> List<T> loadExtensions(Class<T> extensionPointType) {
                        return extensions(plugins, extensionPointType);
                    }
                });
            }
        }
        this.loaded = List.copyOf(plugins);
    }

    private static <T> List<T> extensions(List<LoadedPlugin> plugins, Class<T> type) {
        Map<Class<?>, T> found = new LinkedHashMap<>();
        for (LoadedPlugin plugin : plugins) {
            SPIClassIterator<T> classes = SPIClassIterator.get(type, plugin.instance().getClass().getClassLoader());
            while (classes.hasNext()) {
                Class<? extends T> c = classes.next();
                if (!found.containsKey(c) && compatible(c, plugin.instance())) {
                    found.put(c, createExtension(c, type, plugin.instance()));
                }
            }
        }
        return List.copyOf(found.values());
    }

    private static boolean compatible(Class<?> extension, Plugin plugin) {
        for (var constructor : extension.getConstructors()) {
            if (constructor.getParameterCount() == 1
                    && !constructor.getParameterTypes()[0].isAssignableFrom(plugin.getClass())) {
                return false;
            }
        }
        return true;
    }

    @Override
    protected final List<LoadedPlugin> plugins() {
        return loaded;
    }

    @Override
    public PluginsAndModules info() {
        return new PluginsAndModules(
                loaded.stream().map(LoadedPlugin::descriptor).map(PluginRuntimeInfo::new).toList(), List.of());
    }

    @Override
    public <T> List<? extends T> loadServiceProviders(Class<T> service) {
        return extensions(loaded, service);
    }
}

package id.cerita.web;

import java.util.List;
import java.util.UUID;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.PropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

import id.cerita.search.TestSearchNode;

/**
 * Every application context of cms-web's tests talks to one shared Elasticsearch node, each through an alias of its
 * own, instead of starting a node per context. The node starts on the first read of {@code cerita.search.uris}; a
 * test that sets search properties itself wins (this source comes last).
 */
public class SharedSearchNode implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configs) {
        return new Customizer();
    }

    static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            String alias = "stories-" + UUID.randomUUID().toString().substring(0, 8);
            context.getEnvironment().getPropertySources().addLast(new PropertySource<>("sharedSearchNode") {
                @Override
                public Object getProperty(String name) {
                    return switch (name) {
                        case "cerita.search.uris" -> TestSearchNode.node().uri().toString();
                        case "cerita.search.index" -> alias;
                        default -> null;
                    };
                }
            });
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}

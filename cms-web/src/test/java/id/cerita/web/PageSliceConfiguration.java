package id.cerita.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What {@link PageSlice} adds to {@link ApiSliceConfiguration}: the beans the page layout (header, menu, language
 * links) and the templates' dates and amounts read. The message bundles, Thymeleaf and the locale configuration are
 * picked up by the slice itself.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ ApiSliceConfiguration.class, Capabilities.class, LanguageLinks.class, Formats.class })
class PageSliceConfiguration {
}

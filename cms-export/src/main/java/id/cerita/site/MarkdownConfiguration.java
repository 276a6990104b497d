package id.cerita.site;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One Markdown engine for the whole application. */
@Configuration(proxyBeanMethods = false)
class MarkdownConfiguration {

    @Bean
    MarkdownRenderer markdownRenderer() {
        return new MarkdownRenderer();
    }
}

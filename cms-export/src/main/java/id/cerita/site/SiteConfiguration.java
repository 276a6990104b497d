package id.cerita.site;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The site builder, shared; and the command-line mode {@code --cerita.site.export-and-exit=true}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SiteProperties.class)
class SiteConfiguration {

    @Bean
    SiteBuilder siteBuilder(MarkdownRenderer markdown, ObjectProvider<SiteImages> images, SiteProperties properties) {
        SiteBuilder builder = new SiteBuilder(markdown, images.getIfAvailable(() -> SiteImages.NONE));
        return properties.visitorsSearch() ? builder : builder.withoutVisitorsSearch();
    }

    @Bean
    @ConditionalOnProperty(name = "cerita.site.export-and-exit", havingValue = "true")
    ApplicationRunner exportAndExit(SiteExports exports, ConfigurableApplicationContext context) {
        return args -> {
            SiteBuildReport report = exports.exportNow();
            System.out.printf("Site exported to %s (%d files rendered, %d unchanged)%n", report.build(),
                    report.rendered().size(), report.linked().size());
            System.exit(SpringApplication.exit(context, () -> 0));
        };
    }
}

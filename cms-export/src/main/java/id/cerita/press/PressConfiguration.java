package id.cerita.press;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.cerita.press.internal.KitAssembler;
import id.cerita.press.internal.KitRenderers;
import id.cerita.press.internal.PressArticles;
import id.cerita.press.internal.StoryMarkdown;

/**
 * The press kit's engines, built once: the Markdown parser, the PDF template engine with its fonts, the other
 * renderers. The two ports fall back to "no embargo" and "no photos" until workflow and media provide them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PressProperties.class)
class PressConfiguration {

    @Bean
    PressArticles pressArticles(PressProperties properties) {
        return new PressArticles(new StoryMarkdown(), properties.zone(), properties.siteUrl());
    }

    @Bean
    KitAssembler pressKitAssembler() {
        return new KitAssembler(new KitRenderers());
    }

    @Bean
    PressKits pressKits(id.cerita.story.StoryReader reader, PressSettingsStore settings,
            ObjectProvider<StoryEmbargoes> embargoes, ObjectProvider<PressPhotos> photos, PressArticles articles,
            KitAssembler assembler, PressProperties properties, java.time.Clock clock) {
        return new PressKits(reader, settings, embargoes.getIfAvailable(() -> StoryEmbargoes.NONE),
                photos.getIfAvailable(() -> PressPhotos.NONE), articles, assembler, properties.zone(), clock);
    }
}

package id.cerita.press;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

import id.cerita.audit.AuditLog;
import id.cerita.media.MediaIntake;
import id.cerita.media.MediaLibrary;
import id.cerita.media.StoryImageLinks;
import id.cerita.press.internal.KitAssembler;
import id.cerita.press.internal.KitRenderers;
import id.cerita.press.internal.PressArticles;
import id.cerita.press.internal.MediaPressPhotos;
import id.cerita.site.MarkdownRenderer;
import id.cerita.site.SiteBylines;
import id.cerita.site.SiteProperties;
import id.cerita.story.StoryReader;

/**
 * The press kit's engines, built once: the site's Markdown pipeline (shared, not a second one), the PDF template
 * engine with its fonts, the other
 * renderers. The two ports default to the workflow's embargo ({@link StoryReader#embargoedUntil}) and the media
 * library's photos ({@link MediaPressPhotos}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PressProperties.class)
class PressConfiguration {

    /** Stories are named by their address on the public site ({@code cerita.site.base-url}), signed with public names. */
    @Bean
    PressArticles pressArticles(MarkdownRenderer markdown, PressProperties properties, SiteProperties site,
            SiteBylines bylines) {
        return new PressArticles(markdown, properties.zone(), site.baseUrl(), bylines::of);
    }

    @Bean
    KitAssembler pressKitAssembler() {
        return new KitAssembler(new KitRenderers());
    }

    @Bean
    PressKits pressKits(StoryReader reader, PressSettingsStore settings, ObjectProvider<StoryEmbargoes> embargoes,
            ObjectProvider<PressPhotos> photos, ObjectProvider<StoryImageLinks> links,
            ObjectProvider<MediaLibrary> library, ObjectProvider<MediaIntake> media, PressArticles articles,
            KitAssembler assembler, PressProperties properties, Clock clock, AuditLog audit) {
        // the workflow's embargo and the media library's photos, unless a test or an installation supplies its own
        PressPhotos fromLibrary = media.getIfAvailable() == null ? PressPhotos.NONE
                : new MediaPressPhotos(links.getObject(), library.getObject(), media.getObject());
        return new PressKits(reader, settings, embargoes.getIfAvailable(() -> reader::embargoedUntil),
                photos.getIfAvailable(() -> fromLibrary), articles, assembler, properties.zone(), clock, audit);
    }
}

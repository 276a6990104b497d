package id.cerita.site;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.cerita.media.MediaIntake;
import id.cerita.media.MediaLibrary;
import id.cerita.media.StoryImageLinks;
import id.cerita.site.internal.LibraryImages;

/** The site's pictures come from the media library. */
@Configuration(proxyBeanMethods = false)
class SiteImagesConfiguration {

    @Bean
    SiteImages siteImages(StoryImageLinks links, MediaLibrary library, MediaIntake intake) {
        return new LibraryImages(links, library, intake);
    }
}

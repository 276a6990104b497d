package id.cerita.impact.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The chart library and the chart script the exported site carries (cms-export's {@code site/}), served to the staff
 * pages too, so both draw the same charts from one copy.
 */
@Configuration(proxyBeanMethods = false)
class ImpactAssets implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/site-assets/**")
            .addResourceLocations("classpath:/site/vendor/", "classpath:/site/static/");
    }
}

package id.cerita.consent.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import id.cerita.common.StoryId;
import id.cerita.common.SystemActor;
import id.cerita.consent.PressKitDownloads;
import id.cerita.story.Stories;

/**
 * Notes every press kit handed out (the press room's and the API's download), so that a later withdrawal of consent
 * can reach the journalists who took the kit: a takedown notice in their press room.
 */
@Configuration(proxyBeanMethods = false)
class KitDownloadRecorder implements WebMvcConfigurer {

    private final PressKitDownloads downloads;
    private final Stories stories;

    KitDownloadRecorder(PressKitDownloads downloads, Stories stories) {
        this.downloads = downloads;
        this.stories = stories;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                    Exception ex) {
                if (ex == null && response.getStatus() == 200 && "GET".equals(request.getMethod())) {
                    record(request);
                }
            }
        }).addPathPatterns("/press/stories/*/press-kit", "/api/stories/*/press-kit");
    }

    @SuppressWarnings("unchecked")
    private void record(HttpServletRequest request) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        Map<String, String> variables = (Map<String, String>) request
            .getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (user == null || variables == null) {
            return;
        }
        StoryId storyId = variables.containsKey("slug")
                ? SystemActor.call(() -> stories.bySlug(variables.get("slug"))).map(s -> s.id()).orElse(null)
                : parse(variables.get("id"));
        if (storyId != null) {
            downloads.record(storyId, user.getName());
        }
    }

    private static StoryId parse(String id) {
        try {
            return id == null ? null : StoryId.of(id);
        }
        catch (IllegalArgumentException e) {
            return null;
        }
    }
}

package id.cerita.media;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import id.cerita.common.StoryId;
import id.cerita.story.StoryFactsSource;

/** A story's photos as its revisions keep them: lead or gallery, file name, alt text, caption, credit. */
@Component
class StoryPhotoFacts implements StoryFactsSource {

    private final StoryImagesRepository links;
    private final MediaAssetRepository assets;

    StoryPhotoFacts(StoryImagesRepository links, MediaAssetRepository assets) {
        this.links = links;
        this.assets = assets;
    }

    @Override
    public Map<String, String> factsOf(StoryId storyId) {
        Optional<StoryImages> images = links.findById(storyId.value());
        if (images.isEmpty()) {
            return Map.of("photos", "");
        }
        StoryImages story = images.get();
        return Map.of("photos", story.allMediaIds().stream().map(id -> assets.findById(id.value())).flatMap(Optional::stream)
            .map(a -> (story.leadMediaId().filter(a.id()::equals).isPresent() ? "★ " : "") + name(a)
                    + (a.altText() == null ? "" : " — " + a.altText())
                    + (a.caption() == null ? "" : " — " + a.caption())
                    + (a.credit() == null ? "" : " (" + a.credit() + ")"))
            .collect(Collectors.joining("\n")));
    }

    private static String name(MediaAsset asset) {
        return asset.originalFilename() == null ? asset.id().toString() : asset.originalFilename();
    }
}

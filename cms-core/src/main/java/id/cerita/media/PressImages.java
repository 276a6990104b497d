package id.cerita.media;

import java.util.Optional;

import org.springframework.stereotype.Component;

import id.cerita.common.MediaId;
import id.cerita.story.Audience;
import id.cerita.story.StoryReader;

/**
 * Which images the press may receive: an image on a story the press may see now, and, when it shows the story's
 * alumnus, only with their PHOTO consent. Every other image does not exist for a journalist. The newsroom sees all.
 */
@Component
public class PressImages {

    private final MediaLibrary library;
    private final StoryReader reader;

    PressImages(MediaLibrary library, StoryReader reader) {
        this.library = library;
        this.reader = reader;
    }

    public boolean released(MediaAsset asset) {
        MediaId id = asset.id();
        return library.usages(id).stream()
            .map(usage -> reader.published(usage.storyId(), Audience.PRESS))
            .flatMap(Optional::stream)
            .anyMatch(story -> story.mayShowPhoto(story.features(asset.peopleShown())));
    }
}

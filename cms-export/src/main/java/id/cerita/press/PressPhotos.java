package id.cerita.press;

import java.util.List;

import id.cerita.story.StoryDetails;

/**
 * Port: the press photos of a story, in display order. By default the story's lead and gallery images from the media
 * library; {@link #NONE} has none. The kit itself applies the PHOTO consent rule.
 */
@FunctionalInterface
public interface PressPhotos {

    PressPhotos NONE = story -> List.of();

    List<PressPhoto> of(StoryDetails story);
}

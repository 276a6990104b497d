package id.cerita.press;

import java.util.List;

import id.cerita.story.StoryDetails;

/**
 * Port: the press photos of a story, in display order. The media feature implements it once stories have galleries;
 * until then a story has none ({@link #NONE}). The kit itself applies the PHOTO consent rule.
 */
@FunctionalInterface
public interface PressPhotos {

    PressPhotos NONE = story -> List.of();

    List<PressPhoto> of(StoryDetails story);
}

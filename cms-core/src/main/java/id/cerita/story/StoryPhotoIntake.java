package id.cerita.story;

import id.cerita.common.StoryId;

/**
 * Where the editor hands a new photo for a story (implemented by the media feature, which knows images; the story
 * feature does not depend on it). A refused upload is an {@link id.cerita.common.InvalidFieldException} on "photo".
 */
public interface StoryPhotoIntake {

    void add(StoryId storyId, StoryPhotoUpload upload, String by);
}

package id.cerita.story;

import java.util.Map;

import id.cerita.common.StoryId;

/**
 * What another feature shows on a story's editor page (the media library: the story's photos), as named model
 * attributes. The story feature asks every panel without knowing the features behind them, so they may depend on it.
 */
public interface StoryEditorPanel {

    Map<String, Object> attributesFor(StoryId storyId);
}

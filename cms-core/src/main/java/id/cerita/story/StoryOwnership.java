package id.cerita.story;

import org.springframework.stereotype.Component;

import id.cerita.common.StoryId;

/** Used by method security: writers may only work on the stories they started. */
@Component("storyOwnership")
class StoryOwnership {

    private final StoryRepository stories;

    StoryOwnership(StoryRepository stories) {
        this.stories = stories;
    }

    public boolean isAuthor(StoryId storyId, String username) {
        return stories.findById(storyId.value()).map(s -> s.author().equals(username)).orElse(true);
    }
}

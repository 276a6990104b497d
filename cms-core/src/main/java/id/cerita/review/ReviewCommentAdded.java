package id.cerita.review;

import id.cerita.common.StoryId;
import java.util.UUID;

public record ReviewCommentAdded(StoryId storyId, UUID commentId, int revision, int paragraph, String by) {
}

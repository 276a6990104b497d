package id.cerita.review;

import id.cerita.common.StoryId;
import java.util.UUID;

public record ReviewCommentResolved(StoryId storyId, UUID commentId, String by) {
}

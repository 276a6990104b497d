package id.cerita.review;

import java.util.UUID;

import id.cerita.common.StoryId;

public record ReviewCommentResolved(StoryId storyId, UUID commentId, String by) {
}

package id.cerita.review;

import java.util.UUID;

import id.cerita.common.StoryId;

public record ReviewCommentAdded(StoryId storyId, UUID commentId, int revision, int paragraph, String by) {
}

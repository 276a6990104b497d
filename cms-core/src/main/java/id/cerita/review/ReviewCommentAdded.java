package id.cerita.review;

import java.util.UUID;

public record ReviewCommentAdded(UUID storyId, UUID commentId, int revision, int paragraph, String by) {
}

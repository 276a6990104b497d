package id.cerita.review;

import java.util.UUID;

public record ReviewCommentResolved(UUID storyId, UUID commentId, String by) {
}

package id.cerita.workflow;

import java.time.Instant;

import id.cerita.common.StoryId;

/** Who is editing a story, since when, and until when the claim holds if they go quiet. */
public record EditLock(StoryId storyId, String holder, Instant acquiredAt, Instant expiresAt) {

    public boolean activeAt(Instant now) {
        return expiresAt.isAfter(now);
    }

    public boolean heldBy(String username) {
        return holder.equals(username);
    }
}

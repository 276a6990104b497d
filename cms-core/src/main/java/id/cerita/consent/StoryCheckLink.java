package id.cerita.consent;

import java.time.Instant;
import java.util.UUID;

import id.cerita.common.AlumnusId;
import id.cerita.common.StoryId;

/** A private story check link as the editor sees it (the token itself is shown once, when issued). */
public record StoryCheckLink(UUID id, AlumnusId alumnusId, StoryId storyId, String issuedBy, Instant issuedAt,
        Instant expiresAt, Instant revokedAt, Instant answeredAt, Boolean factsConfirmed, String correction,
        String granted, String declined) {

    public State stateAt(Instant now) {
        if (answeredAt != null) {
            return State.ANSWERED;
        }
        if (revokedAt != null) {
            return State.REVOKED;
        }
        return now.isBefore(expiresAt) ? State.OPEN : State.EXPIRED;
    }

    public enum State { OPEN, ANSWERED, REVOKED, EXPIRED }
}

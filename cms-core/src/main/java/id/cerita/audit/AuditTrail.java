package id.cerita.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.cerita.alumni.ConsentExpired;
import id.cerita.alumni.ConsentRecorded;
import id.cerita.alumni.ConsentWithdrawn;
import id.cerita.common.SystemActor;
import id.cerita.media.MediaUploaded;
import id.cerita.media.StoryImagesChanged;
import id.cerita.review.ReviewCommentAdded;
import id.cerita.review.ReviewCommentResolved;
import id.cerita.story.StoryApproved;
import id.cerita.story.StoryArchived;
import id.cerita.story.StoryChangesRequested;
import id.cerita.story.StoryDrafted;
import id.cerita.story.StoryEmbargoLifted;
import id.cerita.story.StoryEmbargoed;
import id.cerita.story.StoryEvent;
import id.cerita.story.StoryPublished;
import id.cerita.story.StoryRevised;
import id.cerita.story.StoryScheduled;
import id.cerita.story.StorySubmitted;
import id.cerita.story.StoryUnpublished;
import id.cerita.story.StoryUnscheduled;
import id.cerita.story.StoryWithdrawnFromPress;
import id.cerita.user.ApiTokenIssued;
import id.cerita.user.ApiTokenRevoked;
import id.cerita.user.SecondFactorEvent;
import id.cerita.user.StaffRolesChanged;
import id.cerita.user.StaffUserCreated;

/**
 * Writes the domain's events into the audit log as they happen, inside the transaction that caused them: a
 * transition that rolls back leaves no entry, and one that commits cannot lose its entry.
 */
@Component
class AuditTrail {

    private final AuditLog log;

    AuditTrail(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(StoryEvent event) {
        String story = event.storyId().toString();
        switch (event) {
            case StoryDrafted e -> log.append(e.author(), "story.drafted", "story", story, null);
            case StoryRevised e -> log.append(e.editor(), "story.revised", "story", story, "revisi " + e.revision());
            case StorySubmitted e -> log.append(e.by(), "story.submitted", "story", story, null);
            case StoryChangesRequested e -> log.append(e.by(), "story.changes-requested", "story", story, e.reason());
            case StoryApproved e -> log.append(e.by(), "story.approved", "story", story, null);
            case StoryScheduled e -> log.append(e.by(), "story.scheduled", "story", story, e.at() + " (" + e.zone() + ")");
            case StoryUnscheduled e -> log.append(e.by(), "story.unscheduled", "story", story, e.reason());
            case StoryPublished e -> log.append(e.by(), "story.published", "story", story, "revisi " + e.revision());
            case StoryUnpublished e -> log.append(e.by(), "story.unpublished", "story", story, e.reason());
            case StoryArchived e -> log.append(e.by(), "story.archived", "story", story, null);
            case StoryEmbargoed e -> log.append(e.by(), "story.embargoed", "story", story, "sampai " + e.until());
            case StoryEmbargoLifted e -> log.append(e.by(), e.early() ? "story.embargo-lifted-early"
                    : "story.embargo-ended", "story", story, e.reason());
            case StoryWithdrawnFromPress e -> log.append(e.by(), "story.withdrawn-from-press", "story", story, e.reason());
        }
    }

    @EventListener
    void on(MediaUploaded e) {
        log.append(e.by(), "media.uploaded", "media", e.mediaId().toString(), null);
    }

    /** A photo chosen as lead, added to or removed from a story's gallery. */
    @EventListener
    void on(StoryImagesChanged e) {
        log.append(e.by(), "story.images-changed", "story", e.storyId().toString(), null);
    }

    @EventListener
    void on(ConsentRecorded e) {
        log.append(SystemActor.currentName(), "consent.recorded", "alumnus", e.alumnusId().toString(),
                "persetujuan " + e.consentId() + ": " + e.scopes());
    }

    @EventListener
    void on(ConsentWithdrawn e) {
        log.append(e.by(), "consent.withdrawn", "alumnus", e.alumnusId().toString(),
                "persetujuan " + e.consentId() + ": " + e.scopes());
    }

    @EventListener
    void on(ConsentExpired e) {
        log.append(SystemActor.NAME, "consent.expired", "alumnus", e.alumnusId().toString(),
                "persetujuan " + e.consentId() + " berakhir " + e.expiredOn() + ": " + e.scopes());
    }

    @EventListener
    void on(ReviewCommentAdded e) {
        log.append(e.by(), "comment.added", "story", e.storyId().toString(),
                "revisi " + e.revision() + ", paragraf " + (e.paragraph() + 1));
    }

    @EventListener
    void on(ReviewCommentResolved e) {
        log.append(e.by(), "comment.resolved", "story", e.storyId().toString(), "komentar " + e.commentId());
    }

    /** Every change of a second factor, a recovery code spent and a wrong code (as a wrong password is logged). */
    @EventListener
    void on(SecondFactorEvent event) {
        String user = event.username();
        switch (event) {
            case SecondFactorEvent.SecondFactorEnabled e -> log.append(e.by(), "second-factor.enabled", "user", user, null);
            case SecondFactorEvent.SecondFactorDisabled e -> log.append(e.by(), "second-factor.disabled", "user", user, null);
            case SecondFactorEvent.SecondFactorReset e -> log.append(e.by(), "second-factor.reset", "user", user, null);
            case SecondFactorEvent.RecoveryCodeUsed e -> log.append(e.by(), "second-factor.recovery-code-used", "user",
                    user, "tersisa " + e.left());
            case SecondFactorEvent.SecondFactorCodeRefused e -> log.append(e.by(), "second-factor.wrong-code", "user",
                    user, null);
        }
    }

    @EventListener
    void on(StaffUserCreated e) {
        log.append(e.by(), "user.created", "user", e.username(), "peran " + e.roles());
    }

    @EventListener
    void on(StaffRolesChanged e) {
        log.append(e.by(), "user.roles-changed", "user", e.username(), e.before() + " -> " + e.after());
    }

    @EventListener
    void on(ApiTokenIssued e) {
        log.append(e.by(), "token.issued", "user", e.username(),
                "token " + e.tokenId() + " '" + e.name() + "' berlaku sampai " + e.expiresAt());
    }

    @EventListener
    void on(id.cerita.user.StaffUserEnabledChanged e) {
        log.append(e.by(), e.enabled() ? "user.enabled" : "user.disabled", "user", e.username(), null);
    }

    @EventListener
    void on(id.cerita.user.PasswordLinkIssued e) {
        log.append(e.by(), "user.password-link-issued", "user", e.username(),
                e.purpose() + ", berlaku sampai " + e.expiresAt());
    }

    @EventListener
    void on(id.cerita.user.PasswordSet e) {
        log.append(e.username(), "user.password-set", "user", e.username(), e.how());
    }

    @EventListener
    void on(id.cerita.user.AccountRequestDecided e) {
        log.append(e.by(), e.approved() ? "account-request.approved" : "account-request.declined", "account-request",
                e.requestId().toString(), e.email() + (e.username() == null ? "" : " -> " + e.username()));
    }

    @EventListener
    void on(ApiTokenRevoked e) {
        log.append(e.by(), "token.revoked", "user", e.username(), "token " + e.tokenId());
    }
}

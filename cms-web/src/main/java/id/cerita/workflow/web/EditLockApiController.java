package id.cerita.workflow.web;

import java.security.Principal;
import java.time.Instant;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import id.cerita.common.StoryId;
import id.cerita.story.Stories;
import id.cerita.web.ApiController;
import id.cerita.workflow.EditLock;
import id.cerita.workflow.EditLocks;
import id.cerita.workflow.LockOutcome;

/**
 * The soft edit lock of a story: PUT to take or renew it (a heartbeat while editing), {@code ?takeover=true} to take
 * it from someone else, DELETE to let go. Someone else's lock is answered 409 with who holds it and until when.
 */
@ApiController
@RequestMapping("/api/stories/{id}/lock")
@PreAuthorize("@capability.granted(authentication, 'WRITE_STORIES')")
class EditLockApiController {

    private final EditLocks locks;
    private final Stories stories;

    EditLockApiController(EditLocks locks, Stories stories) {
        this.locks = locks;
        this.stories = stories;
    }

    record LockView(String holder, Instant acquiredAt, Instant expiresAt, String outcome, String previousHolder) {

        static LockView of(EditLock lock, String outcome, String previousHolder) {
            return new LockView(lock.holder(), lock.acquiredAt(), lock.expiresAt(), outcome, previousHolder);
        }
    }

    @GetMapping
    ResponseEntity<LockView> current(@PathVariable StoryId id) {
        stories.require(id);
        return locks.current(id).map(l -> ResponseEntity.ok(LockView.of(l, "held", null)))
            .orElse(ResponseEntity.noContent().build());
    }

    @PutMapping
    ResponseEntity<LockView> acquire(@PathVariable StoryId id, @RequestParam(defaultValue = "false") boolean takeover,
            Principal user) {
        stories.require(id);
        return switch (locks.acquire(id, user.getName(), takeover)) {
            case LockOutcome.Acquired a -> ResponseEntity.ok(LockView.of(a.lock(), "acquired", null));
            case LockOutcome.TakenOver t -> ResponseEntity.ok(LockView.of(t.lock(), "taken-over", t.previousHolder()));
            case LockOutcome.HeldByOther h ->
                ResponseEntity.status(HttpStatus.CONFLICT).body(LockView.of(h.lock(), "held-by-other", null));
        };
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void release(@PathVariable StoryId id, Principal user) {
        locks.release(id, user.getName());
    }
}

package id.cerita.workflow;

/** What asking for the edit lock of a story gave. */
public sealed interface LockOutcome {

    EditLock lock();

    /** The lock is yours (new, renewed, or someone else's had expired). */
    record Acquired(EditLock lock) implements LockOutcome {
    }

    /** Someone else is editing; you may still take over, with a warning to both. */
    record HeldByOther(EditLock lock) implements LockOutcome {
    }

    /** You took the lock over from {@code previousHolder}, whose unsaved work may now meet a version conflict. */
    record TakenOver(EditLock lock, String previousHolder) implements LockOutcome {
    }
}

package id.cerita.user;

/** What happened to an account's second factor; the audit log records each. */
public sealed interface SecondFactorEvent {

    String username();

    String by();

    record SecondFactorEnabled(String username, String by) implements SecondFactorEvent {
    }

    record SecondFactorDisabled(String username, String by) implements SecondFactorEvent {
    }

    /** An administrator removed it (a lost phone); the owner sets it up again at the next sign-in if required. */
    record SecondFactorReset(String username, String by) implements SecondFactorEvent {
    }

    record RecoveryCodeUsed(String username, String by, int left) implements SecondFactorEvent {
    }

    record SecondFactorCodeRefused(String username, String by) implements SecondFactorEvent {
    }
}

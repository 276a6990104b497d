package id.cerita.user;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** Accounts as the account services hand them to the web layer, for slices that mock them. */
public final class AccountExamples {

    public static final Instant CREATED = Instant.parse("2026-12-01T03:00:00Z");

    private AccountExamples() {
    }

    public static StaffUser account(String username, String displayName, Set<Role> roles) {
        return StaffUser.create(username, displayName, "{noop}tidak-dipakai", roles, CREATED);
    }

    /** A token of {@code username}'s, issued by them at {@link #CREATED} for 30 days; its secret starts cer_abcdef. */
    public static ApiToken token(String username, String name, Set<TokenScope> scopes) {
        return ApiToken.issue(username, name, "hash-tidak-dipakai", "cer_abcdef", CREATED,
                CREATED.plus(Duration.ofDays(30)), scopes, username);
    }
}

package id.cerita.user;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What a personal API token may be used for; the API security chain checks it on every bearer request. */
public enum TokenScope {
    /** Search published stories (GET /api/search/**). */
    READ_SEARCH,
    /** Download press kits and press photos. */
    DOWNLOAD_KITS,
    /** Create and edit stories and everything else that changes data through the API. */
    WRITE_STORIES;

    /** The name an authority carries: {@code SCOPE_READ_SEARCH}. */
    public String authority() {
        return "SCOPE_" + name();
    }

    static String encode(Set<TokenScope> scopes) {
        return scopes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<TokenScope> decode(String scopes) {
        return scopes == null || scopes.isBlank() ? EnumSet.noneOf(TokenScope.class)
                : Arrays.stream(scopes.split(",")).map(TokenScope::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(TokenScope.class)));
    }
}

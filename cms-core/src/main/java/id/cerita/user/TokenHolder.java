package id.cerita.user;

import java.util.Set;

/** Who presented a live bearer token, and what the token allows. */
public record TokenHolder(StaffUser user, Set<TokenScope> scopes) {
}

package id.cerita.user;

import java.util.UUID;

public record AccountRequestDecided(UUID requestId, String email, boolean approved, String username, String by) {
}

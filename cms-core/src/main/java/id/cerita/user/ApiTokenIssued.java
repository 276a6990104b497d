package id.cerita.user;

import java.time.Instant;
import java.util.UUID;

public record ApiTokenIssued(UUID tokenId, String username, String name, Instant expiresAt, String by) {
}

package id.cerita.user;

import java.util.UUID;

public record ApiTokenRevoked(UUID tokenId, String username, String by) {
}

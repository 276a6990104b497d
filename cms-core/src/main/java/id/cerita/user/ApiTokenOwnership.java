package id.cerita.user;

import java.util.UUID;

import org.springframework.stereotype.Component;

/** Used by method security: you may revoke your own tokens. */
@Component("apiTokenOwnership")
class ApiTokenOwnership {

    private final ApiTokenRepository tokens;

    ApiTokenOwnership(ApiTokenRepository tokens) {
        this.tokens = tokens;
    }

    public boolean owns(UUID tokenId, String username) {
        return tokens.findById(tokenId).map(t -> t.username().equals(username)).orElse(false);
    }
}

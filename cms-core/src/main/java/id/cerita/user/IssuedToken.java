package id.cerita.user;

/** A token just issued: {@code secret} is the only time the bearer value exists outside the client. */
public record IssuedToken(ApiToken token, String secret) {
}

package id.cerita.alumni.web;

import java.net.URI;
import java.net.URISyntaxException;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The {@code returnTo} of {@code /alumni/new?returnTo=<local path>}: only a path on this site (no scheme, no host, no
 * "//" or backslash tricks), so a crafted link cannot send a writer elsewhere after saving.
 */
record ReturnTo(String path) {

    static ReturnTo of(String candidate) {
        return isLocal(candidate) ? new ReturnTo(candidate) : null;
    }

    static boolean isLocal(String candidate) {
        if (candidate == null || candidate.isBlank() || candidate.length() > 500 || !candidate.startsWith("/")
                || candidate.startsWith("//") || candidate.contains("\\") || candidate.chars().anyMatch(c -> c < 0x20)) {
            return false;
        }
        try {
            URI uri = new URI(candidate);
            return uri.getScheme() == null && uri.getHost() == null && uri.getRawAuthority() == null;
        }
        catch (URISyntaxException e) {
            return false;
        }
    }

    /** The path with {@code alumnus=<id>} appended to its query. */
    String with(Object alumnusId) {
        return UriComponentsBuilder.fromUriString(path).queryParam("alumnus", alumnusId).build().toUriString();
    }
}

package id.cerita.media;

import java.util.UUID;

/** Alt text, caption, credit, copyright holder or people shown changed. */
public record MediaDescribed(UUID mediaId, String by) {
}

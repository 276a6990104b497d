package id.cerita.media;

import java.util.UUID;

/** Something about a story's images that stops it being published. */
public record PublicationProblem(UUID mediaId, String code, String message) {
}

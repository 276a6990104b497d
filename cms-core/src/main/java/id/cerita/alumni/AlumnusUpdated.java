package id.cerita.alumni;

import java.util.UUID;

public record AlumnusUpdated(UUID alumnusId, String by) {
}

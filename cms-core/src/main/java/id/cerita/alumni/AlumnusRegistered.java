package id.cerita.alumni;

import java.util.UUID;

public record AlumnusRegistered(UUID alumnusId, String fullName, String by) {
}

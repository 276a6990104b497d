package id.cerita.alumni;

import java.util.UUID;

/** A story about an alumnus, as their profile lists it. */
public record AlumnusStory(UUID id, String title, String status, boolean live) {
}

package id.cerita.alumni;

import id.cerita.common.StoryId;

/** A story about an alumnus, as their profile lists it. */
public record AlumnusStory(StoryId id, String title, String status, boolean live) {
}

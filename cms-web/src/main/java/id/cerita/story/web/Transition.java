package id.cerita.story.web;

import java.util.UUID;

import id.cerita.story.Stories;
import id.cerita.story.Story;

/** The editorial steps the UI and the API offer, by their URL name. */
enum Transition {
    SUBMIT("submit", "workflow.submit"),
    APPROVE("approve", "workflow.approve"),
    REQUEST_CHANGES("request-changes", "workflow.requestChanges"),
    PUBLISH("publish", "workflow.publish"),
    UNPUBLISH("unpublish", "workflow.unpublish");

    private final String path;
    private final String label;

    Transition(String path, String label) {
        this.path = path;
        this.label = label;
    }

    static Transition of(String path) {
        for (Transition t : values()) {
            if (t.path.equals(path)) {
                return t;
            }
        }
        throw new IllegalArgumentException("Unknown step: " + path);
    }

    String label() {
        return label;
    }

    Story apply(Stories stories, UUID id, String by, String reason) {
        return switch (this) {
            case SUBMIT -> stories.submit(id, by);
            case APPROVE -> stories.approve(id, by);
            case REQUEST_CHANGES -> stories.requestChanges(id, by, reason);
            case PUBLISH -> stories.publish(id, by);
            case UNPUBLISH -> stories.unpublish(id, by, reason);
        };
    }
}

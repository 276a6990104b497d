package id.cerita.story;

import java.util.Arrays;
import java.util.Optional;

/**
 * The editorial steps a person can take on a story: one vocabulary for the API, the editor and the workflow page.
 * Which of them are open to someone right now is the story's answer ({@link Story#openTransitions(Actor)}).
 */
public enum Transition {
    SUBMIT("submit", false),
    REQUEST_CHANGES("request-changes", true),
    APPROVE("approve", false),
    PUBLISH("publish", false),
    UNSCHEDULE("unschedule", false),
    UNPUBLISH("unpublish", true),
    ARCHIVE("archive", false);

    /** For request mappings: every path, e.g. {@code submit|request-changes|...}. */
    public static final String PATHS = "submit|request-changes|approve|publish|unschedule|unpublish|archive";

    private final String path;
    private final boolean needsReason;

    Transition(String path, boolean needsReason) {
        this.path = path;
        this.needsReason = needsReason;
    }

    public static Optional<Transition> byPath(String path) {
        return Arrays.stream(values()).filter(t -> t.path.equals(path)).findFirst();
    }

    public String path() {
        return path;
    }

    public boolean needsReason() {
        return needsReason;
    }

    /** The message key of the step's button label ("Ajukan untuk ditinjau" / "Submit for review"). */
    public String labelKey() {
        return "transition." + path;
    }
}

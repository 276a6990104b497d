package id.cerita.story;

/** A transition that the story's state or the rules do not allow (HTTP 409 at the edge). */
public class WorkflowViolationException extends RuntimeException {

    private final String code;

    public WorkflowViolationException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}

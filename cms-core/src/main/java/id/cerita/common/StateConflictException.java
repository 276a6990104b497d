package id.cerita.common;

/** A transition that does not fit the current state, like archiving what is already archived (HTTP 409). */
public class StateConflictException extends RuntimeException {

    private final String code;

    public StateConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}

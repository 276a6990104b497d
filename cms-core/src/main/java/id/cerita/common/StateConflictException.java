package id.cerita.common;

/**
 * A transition that does not fit the current state, like archiving what is already archived (HTTP 409). Read under
 * {@code problem.state-conflict.<code>} in the reader's language, with the entry's name as argument {0}.
 */
public class StateConflictException extends LocalizedRefusal {

    private final String code;

    public StateConflictException(String code, String message, Object... arguments) {
        super("problem.state-conflict." + code, message, null, arguments);
        this.code = code;
    }

    public String code() {
        return code;
    }
}

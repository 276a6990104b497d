package id.cerita.common;


/**
 * A command named something that does not exist or may not be used: an unknown region code, a slug already taken.
 * Carries the field so that the API can answer with a field-level problem detail, and a message key
 * ({@code field.problem.<code>}) so that each user reads it in their language; the Indonesian text is the default.
 */
public class InvalidFieldException extends LocalizedRefusal {

    private final String field;
    private final String code;

    public InvalidFieldException(String field, String code, String message) {
        this(field, code, message, new Object[0]);
    }

    /** With the values the message names ({@code {0}}, {@code {1}} in {@code field.problem.<code>}). */
    public InvalidFieldException(String field, String code, String message, Object... arguments) {
        super("field.problem." + code, message, null, arguments);
        this.field = field;
        this.code = code;
    }

    /** A refusal of another kind (an upload's) reported against a form field: its message, under this code. */
    public InvalidFieldException(String field, String code, LocalizedRefusal reason) {
        super(reason.getCodes()[0], reason.getMessage(), reason, reason.getArguments());
        this.field = field;
        this.code = code;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }
}
